package dev.statespec.processor.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statespec.runtime.WireValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The processor writes lower snake wire values into generated code as the runtime would make them. */
class CaseFormatTest {

  @ParameterizedTest
  @ValueSource(strings = {"RUNNING", "UP_FOR_RETRY", "A1", "A1_B2", "X", "upForRetry", "HTTPServer", "in-review", ""})
  void lowerSnakeIsTheRuntimes(String name) {
    assertEquals(WireValues.lowerSnake(name), CaseFormat.lowerSnake(name));
  }
}
