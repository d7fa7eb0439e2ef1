package dev.statespec.examples.types;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A priority, as a details field's enum: two constants with a lower-case wire name of their own
 * ({@code @JsonProperty}), one written by its constant name.
 */
public enum Priority {
  @JsonProperty("low")
  LOW,
  @JsonProperty("high")
  HIGH,
  URGENT
}
