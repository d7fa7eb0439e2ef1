import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The warm half of compile-time.sh: javac through javax.tools in one JVM, as a build daemon runs
 * it. Alternates (a) the spec with statespec's processor (loaded once from this JVM's class path,
 * a new instance per compile, as a daemon that caches processor class loaders does) and (b) the
 * same generated sources plus the spec with -proc:none; after warm-up rounds, prints the medians
 * of the measured rounds and their ratio.
 *
 * <p>Run by compile-time.sh: {@code java -cp <processor + compile class path> CompileTimeWarm.java
 * <compile class path> <spec.java> <generated dir> <warmup> <runs>}
 */
public final class CompileTimeWarm {

  public static void main(String[] args) throws Exception {
    String classPath = args[0];
    Path spec = Path.of(args[1]);
    Path generated = Path.of(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int runs = Integer.parseInt(args[4]);

    List<Path> plain = new ArrayList<>();
    plain.add(spec);
    try (Stream<Path> files = Files.walk(generated)) {
      files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(plain::add);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> common = List.of("--release", "17", "-Xlint:all", "-cp", classPath);

    long[] withProcessor = new long[runs];
    long[] without = new long[runs];
    for (int round = -warmup; round < runs; round++) {
      long a = compile(javac, common, List.of(spec), true);
      long b = compile(javac, common, plain, false);
      if (round >= 0) {
        withProcessor[round] = a;
        without[round] = b;
      }
    }
    double ma = median(withProcessor) / 1e6;
    double mb = median(without) / 1e6;
    System.out.printf(Locale.ROOT, "warm (one JVM, %d warm-up + %d measured rounds): processor %.1f ms, "
        + "-proc:none %.1f ms, ratio %.2fx%n", warmup, runs, ma, mb, ma / mb);
  }

  private static long compile(JavaCompiler javac, List<String> common, List<Path> sources, boolean process)
      throws IOException {
    Path out = Files.createTempDirectory("statespec-ct");
    try {
      List<String> options = new ArrayList<>(common);
      options.addAll(List.of("-d", out.toString(), "-s", out.toString()));
      if (!process) {
        options.add("-proc:none");
      }
      long start = System.nanoTime();
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
        Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
        JavaCompiler.CompilationTask task = javac.getTask(null, files, null, options, null, units);
        if (process) {
          List<Processor> processors = new ArrayList<>();
          ServiceLoader.load(Processor.class).forEach(processors::add);
          if (processors.isEmpty()) {
            throw new IllegalStateException("no annotation processor on the class path");
          }
          task.setProcessors(processors);
        }
        if (!task.call()) {
          throw new IllegalStateException("compilation failed: " + sources);
        }
      }
      return System.nanoTime() - start;
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        walk.sorted((x, y) -> y.compareTo(x)).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  private static double median(long[] values) {
    long[] sorted = Arrays.copyOf(values, values.length);
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
