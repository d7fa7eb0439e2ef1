package dev.statespec.runtime;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An immutable generated value that can be dumped to a map keyed by its JSON names. */
public interface SchemaValue {

  /**
   * The value as an ordered map keyed by JSON names, values keeping their Java types (pydantic's
   * {@code model_dump()} in python mode); nested values are maps too. The map is a new, mutable
   * copy.
   *
   * @return the map
   */
  Map<String, @Nullable Object> toMap();
}
