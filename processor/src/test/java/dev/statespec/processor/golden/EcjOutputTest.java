package dev.statespec.processor.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Eclipse compiler (ECJ), which runs annotation processors in Eclipse and in the builds that use
 * it, generates from every golden spec exactly what javac generates: the golden files, byte for byte,
 * sources and schema.
 *
 * <p>ECJ is run as a build would run it, its batch compiler with the processor on {@code
 * -processorpath}. Note the order of its options: ECJ discovers processors only when {@code -cp}
 * comes before {@code -processorpath}; the other way round it compiles the spec without running
 * statespec, and fails on the generated classes the spec names.
 */
class EcjOutputTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir
  Path work;

  static Stream<GoldenSpec> specs() {
    return GoldenSpec.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void ecjGeneratesWhatJavacGenerates(GoldenSpec spec) throws IOException {
    String classPath = System.getProperty("java.class.path");
    if (!spec.base().isEmpty()) {
      // As a user's build compiles an extension: against the base's class files, compiled first.
      Path base = compile(work.resolve("base"), spec.base(), classPath);
      classPath = base.resolve("classes") + File.pathSeparator + classPath;
    }
    Path out = compile(work.resolve("extension"), spec.sources(), classPath);

    Map<String, String> generated = new TreeMap<>(GoldenFilesTest.read(out.resolve("sources")));
    Path schemas = out.resolve("classes");
    try (Stream<Path> files = Files.walk(schemas)) {
      for (Path file : files.filter(path -> !path.toString().endsWith(".class") && Files.isRegularFile(path))
          .toList()) {
        generated.put(schemas.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    Map<String, String> golden = GoldenFilesTest.read(GOLDEN.resolve(spec.name()));
    if (!generated.equals(golden)) {
      List<String> problems = new ArrayList<>();
      problems.add("ECJ generated " + generated.keySet() + ", javac " + golden.keySet());
      golden.forEach((path, text) -> problems.add(LineDiff.unified("javac/" + path, text, "ecj/" + path,
          generated.getOrDefault(path, ""))));
      fail(String.join("\n", problems));
    }
  }

  /** ECJ's batch compile of {@code sources} into {@code folder}'s sources/ and classes/, statespec running. */
  private static Path compile(Path folder, List<JavaFileObject> sources, String classPath) throws IOException {
    Files.createDirectories(folder.resolve("sources"));
    Files.createDirectories(folder.resolve("classes"));
    List<String> arguments = new ArrayList<>(List.of("-17", "-encoding", "UTF-8",
        "-cp", classPath, // before -processorpath, or ECJ runs no processor
        "-processorpath", processorPath(),
        "-s", folder.resolve("sources").toString(),
        "-d", folder.resolve("classes").toString()));
    for (JavaFileObject source : sources) {
      arguments.add(Path.of(source.toUri()).toString());
    }
    StringWriter output = new StringWriter();
    boolean compiled = BatchCompiler.compile(arguments.toArray(String[]::new), new PrintWriter(output),
        new PrintWriter(output), null);
    assertTrue(compiled, () -> "ECJ failed:\n" + output);
    return folder;
  }

  /** The processor as the test runs it (its classes, JavaPoet), and nothing else. */
  private static String processorPath() {
    List<String> path = new ArrayList<>();
    path.add(Path.of("target/classes").toAbsolutePath().toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("javapoet")) {
        path.add(entry);
      }
    }
    if (path.size() != 2) {
      throw new UncheckedIOException(new IOException("JavaPoet is not on the test class path: " + path));
    }
    return String.join(File.pathSeparator, path);
  }
}
