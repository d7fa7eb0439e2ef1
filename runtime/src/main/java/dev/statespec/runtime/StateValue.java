package dev.statespec.runtime;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What every generated {@code State} offers, whatever its spec: generic code (a repository, a
 * dashboard) can work on states of any spec through this interface.
 *
 * @param <K> the spec's generated {@code StateType}
 */
public interface StateValue<K extends Enum<K> & StateKind> extends SchemaValue {

  /**
   * The state's id.
   *
   * @return the id
   */
  UUID id();

  /**
   * The state's type.
   *
   * @return the type
   */
  K type();

  /**
   * The state's name; the type's default name unless one was given.
   *
   * @return the name
   */
  String name();

  /**
   * When the state was created.
   *
   * @return the creation instant, to the microsecond
   */
  Instant timestamp();

  /**
   * A message about the state.
   *
   * @return the message, or {@code null}
   */
  @Nullable String message();

  /**
   * Data attached to the state, any JSON value.
   *
   * @return the data, or {@code null}
   */
  @Nullable Object data();

  /**
   * Whether the state's type is terminal.
   *
   * @return {@code type().isTerminal()}
   */
  default boolean isFinal() {
    return type().isTerminal();
  }

  /**
   * Every field but {@code data} as an ordered map keyed by JSON names, values keeping their Java
   * types and the details as a nested map: the row an ORM stores.
   *
   * @return the row, a new, mutable map
   */
  Map<String, @Nullable Object> ormDict();
}
