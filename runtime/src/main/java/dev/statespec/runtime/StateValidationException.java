package dev.statespec.runtime;

import java.util.Objects;

/**
 * The one exception generated state classes throw for bad input, from a builder, a {@code
 * fromMap}, an ORM row or JSON: it names the field path ({@code "state_details.flow_run_id"}) and
 * what is wrong with it. Nothing is half-built when it is thrown.
 *
 * <p>Its message is {@code "<path>: <problem>"}, or the problem alone when the path is empty.
 */
public final class StateValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the field path, JSON names joined by {@code .}; empty for the whole value
   * @param problem what is wrong, in the user's terms
   */
  public StateValidationException(String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem);
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

  /** The path of the offending field, JSON names joined by {@code .}; empty for the whole value. */
  public String path() {
    return path;
  }

  /** What is wrong with the field, without its path. */
  public String problem() {
    return problem;
  }

  /** This problem seen from a containing field: {@code details} + {@code x} is {@code details.x}. */
  StateValidationException under(String parent) {
    StateValidationException nested =
        new StateValidationException(path.isEmpty() ? parent : parent + "." + path, problem);
    nested.initCause(getCause());
    return nested;
  }
}
