/**
 * What generated state classes run against: the clock, UUIDv7 ids, the readers of loosely typed
 * input, the map {@code toMap()} returns and the one validation exception.
 *
 * <p>Null-marked, as generated classes are: a type without JSpecify's {@code @Nullable} is never
 * null.
 */
@NullMarked
package dev.statespec.runtime;

import org.jspecify.annotations.NullMarked;
