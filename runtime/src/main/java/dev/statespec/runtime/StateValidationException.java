package dev.statespec.runtime;

import java.util.Objects;

/**
 * The one exception generated state classes throw for bad input, from a builder, a {@code
 * fromMap}, an ORM row or JSON: it names the field path ({@code "state_details.flow_run_id"}) and
 * what is wrong with it. Nothing is half-built when it is thrown.
 *
 * <p>Its message is {@code "<path>: <problem>"}, or the problem alone when the path is empty or
 * when it is a spec rule's refusal ({@link #fromRule}), whose message is the rule's own.
 */
public final class StateValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The field path, JSON names joined by {@code .}; empty for the whole value. */
  private final String path;

  /** What is wrong, in the user's terms, without the path. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the field path, JSON names joined by {@code .}; empty for the whole value
   * @param problem what is wrong, in the user's terms
   */
  public StateValidationException(String path, String problem) {
    this(path, problem, path.isEmpty() ? problem : path + ": " + problem);
  }

  private StateValidationException(String path, String problem, String message) {
    super(message);
    this.path = Objects.requireNonNull(path, "path");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /**
   * Creates the exception with the failure that revealed the problem.
   *
   * @param path the field path, JSON names joined by {@code .}; empty for the whole value
   * @param problem what is wrong, in the user's terms
   * @param cause the underlying failure, for instance a parse error
   */
  public StateValidationException(String path, String problem, Throwable cause) {
    this(path, problem);
    initCause(cause);
  }

  /**
   * What a spec's rule threw, as the one exception generated code documents. A rule's own {@code
   * StateValidationException} passes unchanged, its path being the rule's word; anything else (an
   * {@code IllegalArgumentException} refusing a combination, an {@code ArithmeticException} from
   * its arithmetic) becomes one at {@code path} whose message is the rule's, word for word. The rule's exception is
   * kept as a suppressed exception rather than as the cause, so that its stack trace is at hand
   * while Jackson, which reports a root cause in place of the exception, still reports the path.
   *
   * @param path where the rule's result goes: {@code state_details}
   * @param thrown what the rule threw
   * @return the exception to throw
   */
  public static StateValidationException fromRule(String path, RuntimeException thrown) {
    if (thrown instanceof StateValidationException) {
      return (StateValidationException) thrown;
    }
    String message = thrown.getMessage();
    String problem = message == null || message.isBlank() ? thrown.getClass().getSimpleName() : message;
    // The message is the rule's own, word for word: callers match on what their rules say.
    StateValidationException refusal = new StateValidationException(path, problem, problem);
    refusal.addSuppressed(thrown);
    return refusal;
  }

  /**
   * The path of the offending field.
   *
   * @return the path, JSON names joined by {@code .}; empty for the whole value
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong with the field, without its path.
   *
   * @return the problem, in the user's terms
   */
  public String problem() {
    return problem;
  }

  /** This problem seen from a containing field: {@code details} + {@code x} is {@code details.x}. */
  StateValidationException under(String parent) {
    StateValidationException nested =
        new StateValidationException(path.isEmpty() ? parent : parent + "." + path, problem);
    nested.initCause(getCause());
    for (Throwable suppressed : getSuppressed()) {
      nested.addSuppressed(suppressed);
    }
    return nested;
  }
}
