package dev.statespec.examples.prefect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's demo runs to the end and shows what it promises; built and run with every test run, it cannot rot. */
class PrefectDemoTest {

  @Test
  void demoShowsEverySection() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrefectDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(out.contains("Running('Run started')"), out);
    assertTrue(out.contains("Suspended(type=PAUSED)"), out);
    assertTrue(out.contains("Failed(\"it's broken\")"), out);
    assertTrue(out.contains("Cannot supply both a pause_expiration_time and timeout_seconds"), out);
    assertTrue(out.contains("still equal: true"), out);
    assertTrue(out.contains("equal to the original: true"), out);
    assertTrue(out.contains("\"state_details\" : {"), out);
    assertTrue(out.contains("equal: true, same id: true"), out);
    assertTrue(out.contains("found at file:") || out.contains("found at jar:"), out);
  }
}
