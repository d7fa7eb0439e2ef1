package dev.statespec.examples.prefect;

import java.util.List;

/**
 * What the JSON tests of the Prefect spec share: where its emitted JSON Schema and Prefect's OpenAPI
 * fixture are, and the keys of a state document.
 */
final class JsonTesting {

  /** The classpath resource the build writes for the Prefect spec. */
  static final String SCHEMA_RESOURCE =
      "META-INF/statespec/dev.statespec.examples.prefect.PrefectSpec.schema.json";

  /** Prefect's OpenAPI definitions of the state types, copied unchanged from the shared fixtures. */
  static final String OPENAPI_FIXTURE = "prefect/openapi-state-schemas.json";

  static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  /** The keys of a state document, in Prefect's order. */
  static final List<String> STATE_KEYS =
      List.of("id", "type", "name", "timestamp", "message", "data", "state_details");

  private JsonTesting() {}
}
