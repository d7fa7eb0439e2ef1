/**
 * A third example spec, modelled on a real system other than Prefect: the task instance states of
 * Apache Airflow 2.
 *
 * <p>{@link dev.statespec.examples.airflow.AirflowSpec} follows two files of apache/airflow: {@code
 * airflow/utils/state.py} for the types ({@code TaskInstanceState}) and its groups of them ({@code
 * State.finished}, {@code unfinished}, {@code running}, {@code failed_states}, {@code
 * success_states}, {@code terminating_states}), and {@code airflow/models/taskinstance.py} for the
 * details (the columns of a task instance's row) and for the rules ({@code set_state}, {@code
 * is_eligible_to_retry}, {@code _defer_task}). The build generates {@code StateType}, {@code
 * State}, {@code StateDetails}, {@code CountByState} and {@code States} beside it, and the JSON
 * Schema resource {@code META-INF/statespec/dev.statespec.examples.airflow.AirflowSpec.schema.json}.
 * What it shows beyond the Prefect and pipeline examples:
 *
 * <ul>
 *   <li>wire values: {@code wire = WireCase.LOWER_SNAKE} writes and reads each type as Airflow does
 *       ({@code StateType.UP_FOR_RETRY} is {@code "up_for_retry"} in JSON, maps, ORM rows, the keys
 *       of {@code CountByState} and the schema), and refuses any other spelling ({@code "SUCCESS"},
 *       {@code "none"});
 *   <li>groups: {@code StateType.UNFINISHED_STATES}, {@code EXECUTING_STATES} (Airflow's {@code
 *       running}), {@code FAILURE_STATES}, {@code SUCCESSFUL_STATES} and {@code TERMINATING_STATES},
 *       with {@code isUnfinished()}, {@code isExecuting()}, {@code isFailure()}, {@code
 *       isSuccessful()} and {@code isTerminating()} on both {@code StateType} and {@code State};
 *   <li>the wider field types: a number ({@code duration}, seconds as a {@code Double}), an enum of
 *       its own ({@link dev.statespec.examples.airflow.WeightRule}, {@code "downstream"}), a list
 *       ({@code skip_on_exit_code}), a set that keeps its order ({@code outlets}), and free-form JSON
 *       objects ({@code executor_config}, {@code next_kwargs});
 *   <li>build rules as Airflow's {@code set_state} applies them: a queued try has a {@code
 *       queued_dttm}, a running one a {@code start_date}, and a finished one, or one up for retry, an
 *       {@code end_date} and a {@code duration}; an end before the start is refused however the
 *       state is built;
 *   <li>factory rules keyed by type constants: {@code States.upForRetry(...)} is refused for a try
 *       with no retries left, and {@code States.deferred(trigger, nextMethod, nextKwargs, timeout)}
 *       records a deferral.
 * </ul>
 *
 * <pre>{@code
 * State retry = States.upForRetry(o -> o.stateDetails(StateDetails.builder()
 *     .startDate(start).tryNumber(1).maxTries(2).build()));
 * retry.type().wireValue();                        // "up_for_retry"
 * retry.isUnfinished(); retry.isFinal();           // true, false
 * retry.stateDetails().duration();                 // seconds from start to now
 * State deferred = States.deferred(42L, "execute_complete", Map.of("event", 1), Duration.ofHours(1));
 * deferred.isExecuting();                          // true: Airflow's State.running
 * CountByState.of(List.of(retry, deferred)).toMap();  // {"removed": 0, ..., "up_for_retry": 1, ..., "deferred": 1}
 * }</pre>
 */
package dev.statespec.examples.airflow;
