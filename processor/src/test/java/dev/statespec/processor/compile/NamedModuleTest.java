package dev.statespec.processor.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.statespec.annotations.StateSpec;
import dev.statespec.processor.StateSpecProcessor;
import dev.statespec.runtime.StateSpecGenerated;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A spec in a named module, compiled against statespec's modules on the module path (runtime and
 * annotations, Jackson's annotations): its generated classes carry {@code @Generated} only if the
 * module reads {@code java.compiler}, where that annotation lives, and the module compiles cleanly
 * under {@code -Xlint:all -Werror} with the {@code module-info} the README gives: {@code requires
 * dev.statespec.runtime;}, made {@code transitive} (and so {@code java.compiler}'s) when the module
 * exports the spec's package, as {@code -Xlint:exports} asks of a module whose exported API names
 * another module's types.
 *
 * <p>compile-testing's in-memory files cannot be placed in a module (javac takes their {@code
 * module-info.java} for a source of every module on the path), so this compiles files on disk with
 * javac's own file manager, as a build does.
 */
class NamedModuleTest {

  private static final String GENERATED = "@Generated(\"dev.statespec.processor.StateSpecProcessor\")";

  @TempDir
  Path folder;

  @ParameterizedTest(name = "[{index}] {0} -> @Generated {1}")
  @CsvSource(delimiter = '|', value = {
      // An application's module: it does not read java.compiler, so no @Generated.
      "requires dev.statespec.runtime;                                  | false",
      // It reads java.compiler at compile time, which is all an annotation of source retention needs.
      "requires dev.statespec.runtime; requires static java.compiler;   | true",
      // It reads java.compiler through java.se's requires transitive.
      "requires dev.statespec.runtime; requires java.se;                | true",
      // A library's module, which exports the spec's package.
      "requires transitive dev.statespec.runtime; exports review;       | false",
      "requires transitive dev.statespec.runtime; requires static transitive java.compiler; exports review; | true"})
  void generatedOnlyWhereTheModuleReadsJavaCompiler(String directives, boolean generated) throws IOException {
    assertEquals("", compile(directives));
    Map<String, String> texts = read(folder.resolve("generated/review"));
    assertEquals(List.of("CountByState.java", "State.java", "StateDetails.java", "StateType.java", "States.java"),
        List.copyOf(texts.keySet()));
    texts.forEach((name, text) -> {
      assertEquals(generated, text.contains(GENERATED), name);
      assertEquals(generated, text.contains("import javax.annotation.processing.Generated;"), name);
      assertTrue(text.contains("@StateSpecGenerated"), name + " keeps the class-retention mark");
    });
  }

  /**
   * Without {@code transitive}, a module that exports the spec's package is warned that its API
   * names {@code @Generated} from a module its readers need not read; the README gives the line.
   */
  @Test
  void anExportedPackageNeedsJavaCompilerTransitively() throws IOException {
    String diagnostics = compile("requires transitive dev.statespec.runtime; requires static java.compiler; "
        + "exports review;");
    assertTrue(diagnostics.startsWith("failed\n") && diagnostics.contains(
        "class javax.annotation.processing.Generated in module java.compiler is not indirectly exported"), diagnostics);
  }

  /**
   * Compiles the module {@code com.example.review}, of the review spec and a {@code module-info}
   * with {@code directives}, under {@code -Xlint:all -Werror}, its generated sources in {@code
   * generated/}; returns javac's diagnostics, "" if none, after "failed" if javac failed.
   */
  private String compile(String directives) throws IOException {
    Path sources = folder.resolve("src");
    write(sources.resolve("module-info.java"), "module com.example.review {\n  " + directives + "\n}\n");
    try (InputStream spec = NamedModuleTest.class.getResourceAsStream("/specs/good/ReviewSpec.java")) {
      write(sources.resolve("review/ReviewSpec.java"), new String(spec.readAllBytes(), StandardCharsets.UTF_8));
    }
    Path generatedSources = Files.createDirectories(folder.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(sources)) {
      List<File> units = walk.filter(path -> path.toString().endsWith(".java")).map(Path::toFile).toList();
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-Xlint:all", "-Werror", "--module-path", modulePath(),
              "-d", folder.resolve("classes").toString(), "-s", generatedSources.toString()),
          null, files.getJavaFileObjectsFromFiles(units));
      task.setProcessors(List.of(new StateSpecProcessor()));
      boolean succeeded = task.call();
      String reported = diagnostics.getDiagnostics().stream()
          .map(diagnostic -> diagnostic.getKind() + ": " + diagnostic.getMessage(null))
          .collect(Collectors.joining("\n"));
      return succeeded ? reported : "failed\n" + reported;
    }
  }

  /** The modules the spec's module reads: statespec's runtime and annotations, Jackson's annotations. */
  private static String modulePath() {
    return Stream.of(StateSpecGenerated.class, StateSpec.class, JsonProperty.class, org.jspecify.annotations.NullMarked.class)
        .map(NamedModuleTest::location)
        .collect(Collectors.joining(File.pathSeparator));
  }

  // The jar or class folder a class was loaded from; statespec's are modules of their own (module-info).
  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** The files of folder by name, as text. */
  private static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.toList()) {
        texts.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return texts;
  }
}
