package dev.statespec.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated {@code StatePolicy}: the spec's own transition rules, by method name, in the order
 * the spec declares them, which is the order they run in. A spec that extends this one reads the
 * order here when it is compiled against the base's class files, since a compiler need not list the
 * methods of a class file in declaration order (the Eclipse compiler sorts them by name).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TransitionRules {

  /**
   * The spec's own transition rules, by method name, in declaration order.
   *
   * @return the rules' names
   */
  String[] value();
}
