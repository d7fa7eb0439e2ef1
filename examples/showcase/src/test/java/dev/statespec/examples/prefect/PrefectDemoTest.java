package dev.statespec.examples.prefect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's demo runs to the end and shows what it promises; built and run with every test run, it cannot rot. */
class PrefectDemoTest {

  @Test
  void demoShowsEverySection(@TempDir Path directory) throws Exception {
    Path database = directory.resolve("statespec-demo.db");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrefectDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), database);
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
    assertTrue(out.contains("saved 3 states to " + database), out);
    assertTrue(out.contains("findAll(withData=false)"), out);
    assertTrue(out.contains("data=null equal to the original but for data: true"), out);
    assertFalse(out.contains("equal to the original but for data: false"), out);
    assertTrue(out.contains("load(id, withData=true): Completed('All 3 tasks finished') data={rows=42},"
        + " equal to the original: true"), out);
    assertTrue(Files.isRegularFile(database), out);
  }
}
