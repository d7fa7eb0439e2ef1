package dev.statespec.runtime;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What every generated {@code State} offers, whatever its spec: generic code (a repository, a
 * dashboard) can work on states of any spec through this interface.
 *
 * @param <K> the spec's generated {@code StateType}
 */
public interface StateValue<K extends Enum<K> & StateKind> extends SchemaValue {

  /** The state's id. */
  UUID id();

  /** The state's type. */
  K type();

  /** The state's name; the type's default name unless one was given. */
  String name();

  /** When the state was created. */
  Instant timestamp();

  /** A message about the state, or {@code null}. */
  String message();

  /** Data attached to the state, any JSON value, or {@code null}. */
  Object data();

  /** Whether the state's type is terminal. */
  default boolean isFinal() {
    return type().isTerminal();
  }

  /**
   * Every field but {@code data} as an ordered map keyed by JSON names, values keeping their Java
   * types and the details as a nested map: the row an ORM stores.
   */
  Map<String, Object> ormDict();
}
