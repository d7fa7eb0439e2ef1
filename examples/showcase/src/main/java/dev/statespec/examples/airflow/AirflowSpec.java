package dev.statespec.examples.airflow;

import dev.statespec.annotations.StateSpec;
import dev.statespec.annotations.StateSpec.Default;
import dev.statespec.annotations.StateSpec.Factory;
import dev.statespec.annotations.StateSpec.Group;
import dev.statespec.annotations.StateSpec.OnBuild;
import dev.statespec.annotations.StateSpec.Schema;
import dev.statespec.annotations.StateSpec.Shortcut;
import dev.statespec.annotations.StateSpec.WireCase;
import dev.statespec.runtime.StateClock;
import dev.statespec.runtime.StateValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one try of an Apache Airflow task (a task instance), modelled on Airflow 2 as
 * apache/airflow's sources have it: the types of {@code TaskInstanceState} and its groups of them
 * from {@code airflow/utils/state.py}, written as Airflow writes them ({@code "up_for_retry"}), and
 * the columns of a task instance's row from {@code airflow/models/taskinstance.py} as its details.
 *
 * <p>Where it simplifies: Airflow's {@code None} state (a task instance the scheduler has created
 * but not yet scheduled) is no type, since every state here has one; {@code State.finished} is the
 * terminal types ({@code isFinal()}), and {@code unfinished} the UNFINISHED group without {@code
 * None}; Airflow's {@code running} group is EXECUTING here, as RUNNING is a type of its own. The
 * document around the values is statespec's ({@code type}, {@code state_details}), not Airflow's
 * REST API's.
 *
 * @see Details
 */
// The Javadoc above, up to its block tags, is also the description of State in the emitted JSON
// Schema; the tour of this example is in package-info.java.
@StateSpec(
    types = {
      "REMOVED", "SCHEDULED", "QUEUED", "RUNNING", "SUCCESS", "SHUTDOWN", "RESTARTING", "FAILED",
      "UP_FOR_RETRY", "UP_FOR_RESCHEDULE", "UPSTREAM_FAILED", "SKIPPED", "DEFERRED"},
    // State.finished: no further action is needed, whether the try succeeded, failed or never ran.
    terminal = {"SUCCESS", "FAILED", "SKIPPED", "UPSTREAM_FAILED", "REMOVED"},
    wire = WireCase.LOWER_SNAKE,
    groups = {
      @Group(name = "UNFINISHED", types = {
        "SCHEDULED", "QUEUED", "RUNNING", "SHUTDOWN", "RESTARTING", "UP_FOR_RETRY", "UP_FOR_RESCHEDULE",
        "DEFERRED"}),
      // State.running: a group called RUNNING would generate isRunning(), which the type RUNNING has.
      @Group(name = "EXECUTING", types = {"RUNNING", "DEFERRED"}),
      @Group(name = "FAILURE", types = {"FAILED", "UPSTREAM_FAILED"}),
      @Group(name = "SUCCESSFUL", types = {"SUCCESS", "SKIPPED"}),
      @Group(name = "TERMINATING", types = {"SHUTDOWN", "RESTARTING"})},
    reset = "id",
    schema = @Schema(typeDescription = "The states of an Airflow task instance, as TaskInstanceState writes them."))
public interface AirflowSpec {

  /**
   * What Airflow records about a try besides its state: the columns of its {@code task_instance}
   * row, and three attributes of the task it runs (weight_rule, skip_on_exit_code, outlets).
   */
  @StateSpec.Details
  interface Details {

    /** When the try started running. */
    Instant startDate();

    /** When the try ended. */
    Instant endDate();

    /** How long the try ran, in seconds: the end minus the start, once both are known. */
    Double duration();

    /** Which try this is, counting from 1 once the task has run. */
    @Default("0")
    int tryNumber();

    /** The last try whose failure is still retried; -1 until the scheduler knows the task's retries. */
    @Default("-1")
    int maxTries();

    /** The host the try ran on. */
    String hostname();

    /** The pool whose slots the try takes. */
    @Default("default_pool")
    String pool();

    /** How many slots of its pool the try takes. */
    @Default("1")
    int poolSlots();

    /** The executor queue the try is sent to. */
    @Default("default")
    String queue();

    /** The try's priority over others waiting for the same slots. */
    @Default("1")
    int priorityWeight();

    /** How the task's priority weight adds up over the DAG. */
    @Default("DOWNSTREAM")
    WeightRule weightRule();

    /** The operator class the task runs, such as BashOperator. */
    String operator();

    /** When the try was queued. */
    Instant queuedDttm();

    /** The process id of the try on its host. */
    Integer pid();

    /** What the executor needs to run the try, such as a Kubernetes pod override: any JSON object. */
    @Default("{}")
    Map<String, Object> executorConfig();

    /** The trigger a deferred try waits on. */
    Long triggerId();

    /** When a deferred try stops waiting and fails. */
    Instant triggerTimeout();

    /** The method a deferred try resumes in. */
    String nextMethod();

    /** The keyword arguments a deferred try resumes with: any JSON object. */
    Map<String, Object> nextKwargs();

    /** The try's index in a mapped task, or -1 when the task is not mapped. */
    @Default("-1")
    int mapIndex();

    /** The exit codes that end the try skipped rather than failed, such as a BashOperator's 99. */
    @Default("[]")
    List<Integer> skipOnExitCode();

    /** The datasets a successful try updates, by URI, in the order the task lists them. */
    @Default("[]")
    Set<String> outlets();
  }

  /** A queued try knows when it was queued: now, unless its details say (the scheduler's stamp). */
  @OnBuild("QUEUED")
  static StateDetails queuedNow(StateDetails details) {
    return details.queuedDttm() != null ? details : details.withQueuedDttm(StateClock.now());
  }

  /** A running try knows when it started: now, unless its details say (a resumed try keeps its start). */
  @OnBuild("RUNNING")
  static StateDetails startedNow(StateDetails details) {
    return details.startDate() != null ? details : details.withStartDate(StateClock.now());
  }

  /**
   * A finished try, or one up for retry, knows when it ended (now, unless its details say) and, once
   * it is known to have started, how long it ran, in seconds to the microsecond, as Airflow's {@code
   * TaskInstance.set_state} does for these types. An end before the start is refused. (Airflow also
   * stamps a missing start with now; here a try that never started keeps no start, and its duration
   * stays as given.)
   */
  @OnBuild({"SUCCESS", "FAILED", "SKIPPED", "UPSTREAM_FAILED", "REMOVED", "UP_FOR_RETRY"})
  static StateDetails endedNow(StateDetails details) {
    Instant end = details.endDate() != null ? details.endDate() : StateClock.now();
    Instant start = details.startDate();
    if (start == null) {
      return details.withEndDate(end);
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end_date " + end + " is before start_date " + start);
    }
    return details.toBuilder().endDate(end).duration(seconds(Duration.between(start, end))).build();
  }

  /**
   * A length of time in seconds, counted in whole microseconds as Python's {@code
   * timedelta.total_seconds()} counts it, so that a try's duration is the number Airflow stores.
   */
  private static double seconds(Duration duration) {
    long micros = Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000);
    return micros / 1e6;
  }

  /**
   * Up for retry, which only a try with retries left may be: its {@code try_number} at most {@code
   * max_tries}, as Airflow's {@code is_eligible_to_retry} has it.
   */
  @Factory("UP_FOR_RETRY")
  static StateDetails upForRetry(StateDetails details) {
    if (details.tryNumber() > details.maxTries()) {
      throw new StateValidationException("state_details.try_number",
          "try " + details.tryNumber() + " has no retries left, as max_tries is " + details.maxTries());
    }
    return details;
  }

  /**
   * Deferred until trigger {@code trigger} fires, to resume in {@code nextMethod} with {@code
   * nextKwargs}, failing if it has not fired {@code timeout} from now, as Airflow's {@code
   * TaskInstance._defer_task} records a deferral. An argument left out keeps what the details say,
   * and keyword arguments that neither give are an empty object, as Airflow's are. (Airflow also caps
   * the timeout at the task's {@code execution_timeout}, which these details do not carry.)
   *
   * @param details the details the caller's options produced
   * @param trigger the trigger's id
   * @param nextMethod the method to resume in
   * @param nextKwargs its keyword arguments, any JSON object
   * @param timeout how long to wait at most; refused if now plus it lies past the years a timestamp carries
   * @return the details of the deferred try
   */
  @Factory("DEFERRED")
  static StateDetails deferred(StateDetails details, @Shortcut Long trigger, String nextMethod,
      Map<String, Object> nextKwargs, Duration timeout) {
    StateDetails.Builder deferred = details.toBuilder();
    if (trigger != null) {
      deferred.triggerId(trigger);
    }
    if (nextMethod != null) {
      deferred.nextMethod(nextMethod);
    }
    if (nextKwargs != null) {
      deferred.nextKwargs(nextKwargs);
    } else if (details.nextKwargs() == null) {
      deferred.nextKwargs(Map.of());
    }
    if (timeout != null) {
      deferred.triggerTimeout(StateClock.nowPlus(timeout, "timeout"));
    }
    return deferred.build();
  }
}
