package dev.statespec.processor.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's stages only look forward: {@code diagnostics} depends on no stage, and {@code
 * spec} (the reader and its model) on no later one, so reading reports nothing and a check can only
 * live in {@code validate}. Read from the imports of the main sources, since the compiler would
 * accept a cycle.
 */
class PackageDependenciesTest {

  private static final Path MAIN = Path.of("src/main/java/dev/statespec/processor");
  private static final String PROCESSOR = "import dev.statespec.processor.";

  @Test
  void diagnosticsImportsNoStage() throws IOException {
    assertEquals(List.of(), importsOf("diagnostics", "spec.", "validate.", "generate.", "write."));
  }

  @Test
  void specImportsNoLaterStageAndOnlyOriginOfDiagnostics() throws IOException {
    List<String> imports = importsOf("spec", "validate.", "generate.", "write.", "diagnostics.");
    imports.removeIf(line -> line.endsWith(" " + PROCESSOR + "diagnostics.Origin;"));
    assertEquals(List.of(), imports);
  }

  // The import lines of the package's sources that name one of the packages listed, with their file.
  private static List<String> importsOf(String pkg, String... forbidden) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          for (String other : forbidden) {
            if (line.startsWith(PROCESSOR + other)) {
              found.add(file.getFileName() + ": " + line);
            }
          }
        }
      }
    }
    return found;
  }
}
