package dev.statespec.runtime;

import org.jspecify.annotations.Nullable;

/**
 * Reads one value of loosely typed input into a field's Java type, as the static readers of {@link
 * Values} do: generated code passes {@code Values::uuid} or {@code Values::string} to {@link
 * Values#list}, {@link Values#set} and {@link Values#map} to say how each element is read.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface ValueReader<T> {

  /**
   * Reads {@code value}, which may be {@code null} (the collection readers never pass one).
   *
   * @param value the input, of any type
   * @param path the value's path, JSON names and indexes joined by {@code .}, for the error
   * @return the value read; null only for a null {@code value}
   * @throws StateValidationException naming {@code path} when the value cannot be read
   */
  @Nullable T read(@Nullable Object value, String path);
}
