package dev.statespec.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import dev.statespec.processor.testing.Specs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file the processor generates for the specs the project compiles (sources and JSON Schema)
 * equals, byte for byte, its golden file under {@code src/test/resources/golden/<spec>/}. A change to
 * the generators therefore shows up in review as a diff of the golden files.
 *
 * <p>To accept a deliberate change, regenerate the golden files and review their diff:
 *
 * <pre>mvn -pl processor -am test -Dstatespec.updateGoldens</pre>
 */
class GoldenFilesTest {

  /** Where the golden files live, from the processor module, which is where Maven runs its tests. */
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String UPDATE_PROPERTY = "statespec.updateGoldens";
  private static final String UPDATE_COMMAND = "mvn -pl processor -am test -D" + UPDATE_PROPERTY;

  @TempDir
  Path baseJar;

  /** Each spec the tests compile, by the folder of its golden files. */
  static Stream<GoldenSpec> specs() {
    return GoldenSpec.all().stream();
  }

  /** Compiles {@code spec} with javac; an extension against its base's class files only, in {@code folder}. */
  private static Compilation compile(GoldenSpec spec, Path folder) {
    JavaFileObject[] sources = spec.sources().toArray(JavaFileObject[]::new);
    return spec.base().isEmpty()
        ? Specs.compile(sources)
        : Specs.compileAgainst(Specs.compile(spec.base().toArray(JavaFileObject[]::new)), folder, sources);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void generatedFilesEqualTheirGoldenFiles(GoldenSpec spec) throws IOException {
    String name = spec.name();
    Compilation compilation = compile(spec, baseJar);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> actual = generated(compilation);
    Path folder = GOLDEN.resolve(name);

    if (updating()) {
      write(folder, actual);
      return;
    }
    Map<String, String> expected = read(folder);
    List<String> problems = new ArrayList<>();
    for (String path : new TreeSet<>(expected.keySet())) {
      if (!actual.containsKey(path)) {
        problems.add("golden file " + path + " was not generated");
      }
    }
    for (Map.Entry<String, String> file : actual.entrySet()) {
      String golden = expected.get(file.getKey());
      if (golden == null) {
        problems.add("generated " + file.getKey() + ", which has no golden file");
      } else if (!golden.equals(file.getValue())) {
        problems.add(LineDiff.unified("golden/" + name + "/" + file.getKey(), golden,
            "generated/" + name + "/" + file.getKey(), file.getValue()));
      }
    }
    if (!problems.isEmpty()) {
      fail("The generated files of " + name + " differ from their golden files. If the change is meant, run\n  "
          + UPDATE_COMMAND + "\nand review the golden files' diff.\n\n" + String.join("\n", problems));
    }
  }

  /** Whether the build asked for new golden files: {@code -Dstatespec.updateGoldens}, with no value or any but false. */
  private static boolean updating() {
    String value = System.getProperty(UPDATE_PROPERTY);
    return value != null && !value.equals("false");
  }

  /** The generated sources and resources, by their path in the output ({@code review/State.java}). */
  private static Map<String, String> generated(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    Specs.generatedFiles(compilation).forEach((key, bytes) ->
        files.put(key.substring(key.indexOf('/') + 1), new String(bytes, StandardCharsets.UTF_8)));
    return files;
  }

  static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readString(path));
      }
    }
    return files;
  }

  /** Replaces the folder's golden files with {@code files}, so a file no longer generated goes too. */
  private static void write(Path folder, Map<String, String> files) throws IOException {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(GoldenFilesTest::delete);
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
