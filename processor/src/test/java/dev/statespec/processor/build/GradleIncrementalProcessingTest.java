package dev.statespec.processor.build;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import dev.statespec.processor.testing.Specs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Gradle's incremental annotation processing: the processor jar declares statespec an isolating
 * processor, and keeps the promise that comes with it. Every file it generates, source or resource,
 * names exactly one originating element, the top-level spec it was generated from, so that Gradle
 * regenerates a spec's files when that spec changes and deletes them when it goes away.
 */
class GradleIncrementalProcessingTest {

  private static final String DECLARATION = "META-INF/gradle/incremental.annotation.processors";
  private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";

  @Test
  void theProcessorJarDeclaresStatespecIsolating() {
    assertEquals("dev.statespec.processor.StateSpecProcessor,isolating\n", ownResource(DECLARATION));
  }

  @Test
  void theDeclaredProcessorIsTheRegisteredOne() {
    String declared = ownResource(DECLARATION).split(",")[0];
    assertEquals(StateSpecProcessor.class.getName(), declared);
    assertTrue(ownResource(SERVICES).lines().anyMatch(declared::equals),
        "javac's service file names the processor Gradle is told about");
  }

  @Test
  void everyGeneratedFileOriginatesFromItsSpecAlone() {
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Specs.compile(processor, Specs.REVIEW, Specs.PREFECT);
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> expected = new TreeMap<>();
    for (String spec : List.of("review.ReviewSpec", "dev.statespec.examples.prefect.PrefectSpec")) {
      String pkg = spec.substring(0, spec.lastIndexOf('.'));
      for (String type : List.of("StateType", "StateDetails", "CountByState", "State", "States")) {
        expected.put("source " + pkg + "." + type, spec);
      }
      for (String resource : List.of(".schema.json", ".mmd", ".dot")) {
        expected.put("resource CLASS_OUTPUT/META-INF/statespec/" + spec + resource, spec);
      }
    }
    // The Prefect spec has transition rules, so a policy too.
    expected.put("source dev.statespec.examples.prefect.StatePolicy", "dev.statespec.examples.prefect.PrefectSpec");
    assertEquals(expected, processor.filer.origins());
  }

  @Test
  void anExtendingSpecsFilesOriginateFromItAloneNotFromItsBase() {
    // Gradle recompiles an extension when its base changes (the extension's source depends on the
    // base), so reading the base is fine; each file still names only the spec it is generated for.
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Specs.compile(processor,
        JavaFileObjects.forResource("specs/extend/PipelineBase.java"),
        JavaFileObjects.forResource("specs/extend/GatedPipeline.java"));
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> origins = processor.filer.origins();
    // Each spec: six sources (a policy for its transitions) and three resources (schema and diagrams).
    assertEquals(18, origins.size(), origins.toString());
    for (Map.Entry<String, String> origin : origins.entrySet()) {
      String expected = origin.getKey().contains("gated") ? "gated.GatedPipeline" : "base.PipelineBase";
      assertEquals(expected, origin.getValue(), origin.getKey());
    }
  }

  @Test
  void aSpecWithMistakesOriginatesWhatItStillGenerates() {
    // The error path writes StateDetails alone, so that a rule naming it is not a second error.
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Specs.compile(processor, JavaFileObjects.forResource("specs/bad/UnknownTerminal.java"));
    assertThat(compilation).failed();

    Map<String, String> origins = processor.filer.origins();
    assertFalse(origins.isEmpty(), "the bad spec generated nothing to check");
    for (Map.Entry<String, String> origin : origins.entrySet()) {
      assertTrue(origin.getValue().endsWith(".UnknownTerminal"), origin.toString());
    }
  }

  // The resource as the processor's own class output (or jar) holds it, not another jar's file of that name.
  private static String ownResource(String name) {
    try {
      // file:/.../target/classes/ when tests run, file:/.../statespec-processor.jar from a jar.
      String root = StateSpecProcessor.class.getProtectionDomain().getCodeSource().getLocation().toString();
      List<URL> found = new ArrayList<>();
      for (URL url : Collections.list(StateSpecProcessor.class.getClassLoader().getResources(name))) {
        String text = url.toString();
        if (text.startsWith(root) || text.startsWith("jar:" + root + "!/")) {
          found.add(url);
        }
      }
      assertEquals(1, found.size(), name + " in " + root + ": " + found);
      try (InputStream in = found.get(0).openStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs statespec with a {@link Filer} that records each file's originating elements, as Gradle's does. */
  private static final class RecordingProcessor implements Processor {

    private final StateSpecProcessor delegate = new StateSpecProcessor();
    private RecordingFiler filer;

    @Override
    public void init(ProcessingEnvironment env) {
      filer = new RecordingFiler(env.getFiler());
      delegate.init(new ProcessingEnvironment() {
        @Override
        public Map<String, String> getOptions() {
          return env.getOptions();
        }

        @Override
        public Messager getMessager() {
          return env.getMessager();
        }

        @Override
        public Filer getFiler() {
          return filer;
        }

        @Override
        public Elements getElementUtils() {
          return env.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
          return env.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
          return env.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
          return env.getLocale();
        }

        @Override
        public boolean isPreviewEnabled() {
          return env.isPreviewEnabled();
        }
      });
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
        ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }

  /**
   * Records, per generated file, the one top-level type it originates from, and fails on a file
   * with none or several (Gradle would fall back to a full recompile).
   */
  private static final class RecordingFiler implements Filer {

    private final Filer delegate;
    private final Map<String, String> origins = new TreeMap<>();

    RecordingFiler(Filer delegate) {
      this.delegate = delegate;
    }

    Map<String, String> origins() {
      return origins;
    }

    private void record(String file, Element... originatingElements) {
      assertEquals(1, originatingElements.length, file + " must have exactly one originating element");
      Element origin = originatingElements[0];
      assertTrue(origin.getKind() == ElementKind.INTERFACE, file + " originates from " + origin.getKind());
      assertEquals(ElementKind.PACKAGE, origin.getEnclosingElement().getKind(),
          file + " originates from a top-level type");
      assertFalse(origins.containsKey(file), file + " written twice");
      origins.put(file, ((TypeElement) origin).getQualifiedName().toString());
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
      record("source " + name, originatingElements);
      return delegate.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
      record("class " + name, originatingElements);
      return delegate.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      String pkg = moduleAndPkg.toString();
      record("resource " + location.getName() + "/" + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + relativeName,
          originatingElements);
      return delegate.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      // Gradle cannot track what an isolating processor reads this way; statespec reads nothing.
      throw new AssertionError("statespec read " + relativeName + " through the Filer");
    }
  }
}
