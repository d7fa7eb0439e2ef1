package dev.statespec.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * The good specs the processor tests compile, the compile itself (alone, or against a base spec's
 * class files as a user's build compiles against a jar), and what it generated.
 */
public final class Specs {

  /** The examples' Prefect spec, read from the examples module as a user's build would. */
  public static final JavaFileObject PREFECT = source(
      Path.of("../examples/prefect/src/main/java/dev/statespec/examples/prefect/PrefectSpec.java"));

  /** The examples' second spec, a deployment pipeline's, with its package Javadoc. */
  public static final List<JavaFileObject> PIPELINE = List.of(
      source(Path.of("../examples/showcase/src/main/java/dev/statespec/examples/pipeline/PipelineSpec.java")),
      source(Path.of("../examples/showcase/src/main/java/dev/statespec/examples/pipeline/package-info.java")));

  /** The examples' third spec, Apache Airflow's task instance states, with its enum and package Javadoc. */
  public static final List<JavaFileObject> AIRFLOW = List.of(
      source(Path.of("../examples/showcase/src/main/java/dev/statespec/examples/airflow/AirflowSpec.java")),
      source(Path.of("../examples/showcase/src/main/java/dev/statespec/examples/airflow/WeightRule.java")),
      source(Path.of("../examples/showcase/src/main/java/dev/statespec/examples/airflow/package-info.java")));

  /** The spec of the consumer project that CI builds against the deployed artifacts. */
  public static final JavaFileObject TICKETS = source(
      Path.of("../examples/consumer-project/src/main/java/com/example/tickets/TicketSpec.java"));

  /** The processor tests' second good spec, in package {@code review}. */
  public static final JavaFileObject REVIEW = JavaFileObjects.forResource("specs/good/ReviewSpec.java");

  /** A good spec that writes its types in lower snake case, in package {@code wire}. */
  public static final JavaFileObject WIRE = JavaFileObjects.forResource("specs/good/WireSpec.java");

  /** A base spec that the extension specs under {@code specs/extend/} extend, compiled on its own. */
  public static final JavaFileObject PIPELINE_BASE = JavaFileObjects.forResource("specs/extend/PipelineBase.java");

  /** The good extension of {@link #PIPELINE_BASE}. */
  public static final JavaFileObject GATED_PIPELINE = JavaFileObjects.forResource("specs/extend/GatedPipeline.java");

  private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private Specs() {}

  public static JavaFileObject source(Path path) {
    try {
      return JavaFileObjects.forResource(path.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles {@code sources} with {@code processor} under {@code -Xlint:all -Werror}, as the README promises. */
  public static Compilation compile(Processor processor, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(processor).withOptions("-Xlint:all", "-Werror").compile(sources);
  }

  /** Compiles {@code sources} with a fresh {@link StateSpecProcessor}. */
  public static Compilation compile(JavaFileObject... sources) {
    return compile(new StateSpecProcessor(), sources);
  }

  /**
   * Compiles {@code sources} as {@link #compile(JavaFileObject...)} does, with nothing of {@code
   * base} on the class path but its class files, copied into {@code folder}: its "jar".
   */
  public static Compilation compileAgainst(Compilation base, Path folder, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new StateSpecProcessor()).withOptions("-Xlint:all", "-Werror")
        .withClasspath(classpathWith(base, folder))
        .compile(sources);
  }

  /** The test's own class path plus {@code folder}, holding only the class files {@code base} compiled. */
  public static List<File> classpathWith(Compilation base, Path folder) {
    try {
      for (JavaFileObject file : base.generatedFiles()) {
        if (file.getKind() != JavaFileObject.Kind.CLASS) {
          continue;
        }
        String path = file.toUri().getPath();
        Path target = folder.resolve(path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<File> classpath = new ArrayList<>();
    classpath.add(folder.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    return classpath;
  }

  /**
   * Everything the processor generated, by location and path ({@code SOURCE_OUTPUT/review/State.java},
   * {@code CLASS_OUTPUT/META-INF/statespec/review.ReviewSpec.schema.json}): the generated sources and
   * resources, not the class files javac compiled.
   */
  public static Map<String, byte[]> generatedFiles(Compilation compilation) {
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
