package dev.statespec.examples.prefect;

import java.util.List;

/**
 * Hand-written JSON documents shaped like the states in Prefect API responses ({@code GET
 * /api/flow_runs/{id}}, {@code GET /api/task_runs/{id}}, {@code POST .../set_state}); read field by
 * field in {@link PrefectJsonDocumentsTest} and validated against the emitted schema in {@link
 * JsonSchemaValidationTest}.
 */
final class PrefectDocuments {

  /** (a) A completed flow run whose data is Prefect's result record metadata. */
  static final String COMPLETED_WITH_DATA = """
      {
        "id": "0665f1a4-7d2b-7c3e-8000-5b3c9a1d2e4f",
        "type": "COMPLETED",
        "name": "Completed",
        "timestamp": "2024-05-01T12:00:05.123456Z",
        "message": "All states completed.",
        "data": {
          "storage_key": "/root/.prefect/storage/4f0c8a8e5d2b4d6c9b1a",
          "expiration": null,
          "serializer": {"type": "pickle", "picklelib": "cloudpickle", "picklelib_version": null},
          "storage_block_id": null,
          "prefect_version": "3.6.22",
          "attempts": 3,
          "size_bytes": 5000000000,
          "ratio": 0.25,
          "cached": false,
          "tags": ["etl", "nightly"]
        },
        "state_details": {
          "flow_run_id": "9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
          "task_run_id": null,
          "child_flow_run_id": null,
          "scheduled_time": null,
          "cache_key": null,
          "cache_expiration": null,
          "deferred": false,
          "untrackable_result": false,
          "pause_timeout": null,
          "pause_reschedule": false,
          "pause_key": null,
          "run_input_keyset": null,
          "refresh_cache": null,
          "retriable": null,
          "transition_id": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
          "task_parameters_id": null,
          "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
          "deployment_concurrency_lease_id": null
        }
      }
      """;

  /** (b) A task run waiting to retry: SCHEDULED, named AwaitingRetry, times with a +00:00 offset. */
  static final String AWAITING_RETRY = """
      {
        "id": "0665f1a4-8e3c-7d4f-9111-6c4d0b2e3f50",
        "type": "SCHEDULED",
        "name": "AwaitingRetry",
        "timestamp": "2024-05-01T12:01:00.000001+00:00",
        "message": "Retry 1/3 will start 10 second(s) from now",
        "data": null,
        "state_details": {
          "flow_run_id": "9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
          "task_run_id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
          "child_flow_run_id": null,
          "scheduled_time": "2024-05-01T12:01:10.000001+00:00",
          "cache_key": null,
          "cache_expiration": null,
          "deferred": false,
          "untrackable_result": false,
          "pause_timeout": null,
          "pause_reschedule": false,
          "pause_key": null,
          "run_input_keyset": null,
          "refresh_cache": null,
          "retriable": true,
          "transition_id": null,
          "task_parameters_id": "3b4c5d6e-7f8a-4b9c-8d0e-2f3a4b5c6d7e",
          "traceparent": null,
          "deployment_concurrency_lease_id": null
        }
      }
      """;

  /** (c) A flow run paused for input: pause timeout, reschedule, pause key and run_input_keyset. */
  static final String PAUSED_FOR_INPUT = """
      {
        "id": "0665f1a4-9f4d-7e50-a222-7d5e1c3f4061",
        "type": "PAUSED",
        "name": "Suspended",
        "timestamp": "2024-05-01T12:02:00Z",
        "message": null,
        "data": null,
        "state_details": {
          "flow_run_id": "9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
          "task_run_id": null,
          "child_flow_run_id": null,
          "scheduled_time": null,
          "cache_key": null,
          "cache_expiration": null,
          "deferred": false,
          "untrackable_result": false,
          "pause_timeout": "2024-05-01T13:02:00.500Z",
          "pause_reschedule": true,
          "pause_key": "1",
          "run_input_keyset": {
            "description": "paused-1-description",
            "response": "paused-1-response",
            "schema": "paused-1-schema"
          },
          "refresh_cache": null,
          "retriable": null,
          "transition_id": null,
          "task_parameters_id": null,
          "traceparent": null,
          "deployment_concurrency_lease_id": "4c5d6e7f-8a9b-4c0d-9e1f-3a4b5c6d7e8f"
        }
      }
      """;

  /**
   * (d) A running state carrying fields this version does not know, at the top level and in the
   * details (a newer server's), and leaving out details fields (an older server's).
   */
  static final String WITH_UNKNOWN_FIELDS = """
      {
        "id": "0665f1a4-a05e-7f61-b333-8e6f2d4a5172",
        "created": "2024-05-01T12:03:00Z",
        "type": "RUNNING",
        "name": "Running",
        "timestamp": "2024-05-01T12:03:00.25Z",
        "message": null,
        "data": null,
        "result_artifact_id": null,
        "state_details": {
          "flow_run_id": "9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
          "task_run_id": null,
          "cache_key": "abc123",
          "untrackable_result": true,
          "some_future_field": {"nested": [1, 2, 3]},
          "another": "x"
        },
        "extra_list": ["a", {"b": null}]
      }
      """;

  /** (e) A pending state whose times carry no offset, as naive datetimes print: taken as UTC. */
  static final String NAIVE_TIMESTAMP = """
      {
        "id": "0665f1a4-b16f-7072-8444-9f703e5b6283",
        "type": "PENDING",
        "name": "Pending",
        "timestamp": "2024-05-01T12:04:00.123456",
        "message": "",
        "data": "a plain string",
        "state_details": {
          "flow_run_id": null,
          "cache_expiration": "2024-05-02T00:00:00",
          "pause_timeout": "2024-05-01T13:04:00.1"
        }
      }
      """;

  /** The documents the schema must accept (the naive one is not RFC 3339, so it is read but not valid). */
  static final List<String> SCHEMA_VALID =
      List.of(COMPLETED_WITH_DATA, AWAITING_RETRY, PAUSED_FOR_INPUT, WITH_UNKNOWN_FIELDS);

  private PrefectDocuments() {}
}
