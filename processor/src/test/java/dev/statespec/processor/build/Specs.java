package dev.statespec.processor.build;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** The two good specs these tests compile, the compile itself, and what it generated. */
final class Specs {

  /** The examples' Prefect spec, read from the examples module as a user's build would. */
  static final JavaFileObject PREFECT = source(
      Path.of("../examples/src/main/java/dev/statespec/examples/prefect/PrefectSpec.java"));

  /** The processor tests' second good spec, in package {@code review}. */
  static final JavaFileObject REVIEW = JavaFileObjects.forResource("specs/good/ReviewSpec.java");

  private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private Specs() {}

  static JavaFileObject source(Path path) {
    try {
      return JavaFileObjects.forResource(path.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles {@code sources} with {@code processor} under {@code -Xlint:all -Werror}, as the README promises. */
  static Compilation compile(Processor processor, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(processor).withOptions("-Xlint:all", "-Werror").compile(sources);
  }

  /** Compiles {@code sources} with a fresh {@link StateSpecProcessor}. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(new StateSpecProcessor(), sources);
  }

  /**
   * Everything the processor generated, by location and path ({@code SOURCE_OUTPUT/review/State.java},
   * {@code CLASS_OUTPUT/META-INF/statespec/review.ReviewSpec.schema.json}): the generated sources and
   * resources, not the class files javac compiled.
   */
  static Map<String, byte[]> generatedFiles(Compilation compilation) {
    Map<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      String key;
      if (path.contains(SOURCE_OUTPUT)) {
        key = "SOURCE_OUTPUT/" + path.substring(path.indexOf(SOURCE_OUTPUT) + SOURCE_OUTPUT.length());
      } else if (path.contains(CLASS_OUTPUT) && !path.endsWith(".class")) {
        key = "CLASS_OUTPUT/" + path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length());
      } else {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        files.put(key, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
