package dev.statespec.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one reporter of the processor: every problem goes through {@link #error}, on the element,
 * annotation and value closest to the mistake, and is counted, so that a step can tell whether a
 * spec has errors (such a spec gets no schema). Reporting never throws: processing goes on, so one compile shows every mistake.
 */
public final class Diagnostics {

  /** The {@code @SuppressWarnings} value that silences statespec's warnings on a spec. */
  public static final String SUPPRESSION = "statespec";

  private final Messager messager;
  private final List<String> quietMessages = new ArrayList<>();
  private int errorCount;
  private Element scope;

  /**
   * Diagnostics that print through {@code messager}.
   *
   * @param messager the compiler's messager, or null to print nothing
   */
  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /**
   * Diagnostics that count errors and keep their messages but print nothing: for checking a base
   * spec, whose errors belong to its own compile, not to every spec that extends it.
   *
   * @return new diagnostics without a messager
   */
  public static Diagnostics quiet() {
    return new Diagnostics(null);
  }

  /**
   * Limits printing to errors located in {@code spec} until the returned scope is closed, which
   * restores the scope before. A spec merged with its base is validated whole, but a mistake that
   * lies in the base belongs to the base's own compile: it is counted, so the spec is not generated,
   * and not printed again.
   *
   * @param spec the spec being validated
   * @return the scope; close it to restore the previous one
   */
  public Scope scopeTo(Element spec) {
    Element previous = scope;
    scope = spec;
    return () -> scope = previous;
  }

  /** A limit set by {@link #scopeTo}, for try-with-resources; closing it cannot fail. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Reports {@code problem} at {@code origin}.
   *
   * @param origin where the mistake was written
   * @param problem the mistake
   * @param args the values of the problem's message template, in order
   */
  public void error(Origin origin, Problem problem, Object... args) {
    errorCount++;
    if (messager == null) {
      quietMessages.add(problem.message(args));
      return;
    }
    if (scope != null && !origin.liesIn(scope)) {
      return;
    }
    messager.printMessage(Diagnostic.Kind.ERROR, problem.message(args), origin.element(),
        origin.annotation(), origin.value());
  }

  /**
   * Reports {@code problem}, a warning, at {@code origin}, unless an element around it says
   * {@code @SuppressWarnings("statespec")}. A warning is not counted: the spec is generated whole,
   * schema included. Quiet diagnostics drop it, since a base's warnings are its own compile's.
   *
   * @param origin where the spec says what the warning is about
   * @param problem the warning
   * @param args the values of the problem's message template, in order
   */
  public void warning(Origin origin, Problem problem, Object... args) {
    if (messager == null || (scope != null && !origin.liesIn(scope)) || suppressed(origin.element())) {
      return;
    }
    messager.printMessage(Diagnostic.Kind.WARNING, problem.message(args), origin.element(), origin.annotation(),
        origin.value());
  }

  // Whether the element, or one around it, carries @SuppressWarnings("statespec").
  private static boolean suppressed(Element element) {
    for (Element current = element; current != null; current = current.getEnclosingElement()) {
      SuppressWarnings suppress = current.getAnnotation(SuppressWarnings.class);
      if (suppress != null && List.of(suppress.value()).contains(SUPPRESSION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many errors were reported so far; compare before and after a step to see if it failed.
   *
   * @return the count, printed or not
   */
  public int errorCount() {
    return errorCount;
  }

  /**
   * The messages of the errors {@link #quiet() quiet} diagnostics counted, tag first, in the order
   * they were reported; empty for diagnostics that print.
   *
   * @return the messages
   */
  public List<String> quietMessages() {
    return List.copyOf(quietMessages);
  }
}
