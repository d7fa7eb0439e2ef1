package dev.statespec.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Errors you may see" table is the diagnostics catalog, {@link Problem}, written out:
 * this test fails when they differ. Run it with {@code -Dstatespec.writeReadme=true} to rewrite the
 * table from the catalog, then review the diff.
 */
class ErrorsTableTest {

  private static final Path README = Path.of("../README.md");
  private static final String START = "<!-- errors table: generated from Problem.java by ErrorsTableTest -->\n";
  private static final String END = "<!-- end of errors table -->\n";

  @Test
  void readmeTableIsTheCatalog() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "README.md has no errors table between its markers");

    String table = table();
    if (Boolean.getBoolean("statespec.writeReadme")) {
      Files.writeString(README, readme.substring(0, start + START.length()) + table + readme.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(table, readme.substring(start + START.length(), end));
  }

  static String table() {
    StringBuilder out = new StringBuilder("| tag | what is wrong | how to fix |\n|---|---|---|\n");
    for (Problem problem : Problem.values()) {
      out.append("| `[").append(problem.tag()).append("]`").append(problem.isWarning() ? " (warning)" : "")
          .append(" | ").append(cell(problem.what())).append(" | ")
          .append(cell(problem.fix())).append(" |\n");
    }
    return out.toString();
  }

  // Placeholders read as an ellipsis; pipes would end the cell.
  private static String cell(String template) {
    return template.replace("%s", "…").replace("|", "\\|");
  }
}
