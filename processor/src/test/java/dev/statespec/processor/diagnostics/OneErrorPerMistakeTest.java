package dev.statespec.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import dev.statespec.processor.testing.Specs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A spec with N mistakes reports exactly N errors, all statespec's own, also when the compile holds
 * what a real project holds beside a spec: a rule of the spec that takes and returns {@code
 * StateDetails}, and a source in the spec's package that uses {@code State}, {@code StateType},
 * {@code StateDetails}, {@code CountByState} and {@code States}. javac reports a type still missing
 * at the end of processing as "cannot find symbol" wherever it is named, after the processor's own
 * errors; so a spec with errors must still generate every class such sources name.
 *
 * <p>Every compile runs twice: as a build runs it, and with {@code -XDshould-stop.ifError=FLOW},
 * which makes javac attribute every method body despite the errors, so that an error inside a
 * generated class, or a missing member a body names, would show too. Neither may add an error or a
 * warning ({@code -Xlint:all}) to the spec's own.
 *
 * <p>The catalogue is every bad spec of {@link DiagnosticsTest} and {@code ExtensionTest} but two:
 * {@code DetailsOutsideSpec} is no spec, so nothing is generated for a source to use; and the cyclic
 * {@code CycleA} and {@code CycleB} are javac's own error, before statespec's checks mean anything. A
 * spec named {@code State} is itself what a source in its package means by {@code State}, so the
 * source beside it uses the other classes. A guard fails if a bad spec is neither in the catalogue
 * nor excluded.
 */
class OneErrorPerMistakeTest {

  /** The source beside every spec: each generated class named in a signature and used in a body. */
  private static final String USES = String.join("\n",
      "package %s;",
      "",
      "final class UsesGeneratedClasses {",
      "  private final State state = State.builder(StateType.valueOf(\"X\")).build();",
      "  private final Class<States> factories = States.class;",
      "  private final CountByState counts = CountByState.builder().build();",
      "",
      "  boolean isFinal() {",
      "    return state.isFinal() && factories != null && counts.toMap().isEmpty();",
      "  }",
      "",
      "  StateDetails details() {",
      "    return state.stateDetails().toBuilder().build();",
      "  }",
      "",
      "  State.Builder builder() {",
      "    return state.toBuilder();",
      "  }",
      "}",
      "");

  /** The source beside a spec named {@code State}, which is that name's class: the other classes it generates. */
  private static final String USES_ALL_BUT_STATE = String.join("\n",
      "package %s;",
      "",
      "final class UsesGeneratedClasses {",
      "  private final CountByState counts = CountByState.builder().build();",
      "",
      "  int count() {",
      "    return counts.get(StateType.valueOf(\"X\"));",
      "  }",
      "",
      "  StateDetails details() {",
      "    return StateDetails.builder().build();",
      "  }",
      "}",
      "");

  /** The rule appended to every spec: it names {@code StateDetails} twice and applies to no type. */
  private static final String RULE = String.join("\n",
      "",
      "  @StateSpec.OnBuild({})",
      "  static StateDetails touchedByTheTest(StateDetails details) {",
      "    return details.toBuilder().build();",
      "  }",
      "");

  @TempDir
  Path baseJar;

  /** The bad specs that are no spec, and so generate nothing a source could use. */
  private static final Set<String> NO_SPEC = Set.of("DetailsOutsideSpec");

  /** Every bad spec of {@link DiagnosticsTest} with its number of mistakes and the source that uses it. */
  static Stream<Arguments> badSpecs() {
    Stream<Arguments> oneMistake = DiagnosticsTest.mistakes()
        .map(arguments -> (String) arguments.get()[0])
        .filter(name -> !NO_SPEC.contains(name))
        .map(name -> Arguments.of(name, 1, name.equals("State") ? USES_ALL_BUT_STATE : USES));
    return Stream.concat(oneMistake, Stream.of(Arguments.of("ManyMistakes", 3, USES)));
  }

  @ParameterizedTest(name = "{0}: {1} error(s)")
  @MethodSource("badSpecs")
  void aBadSpecWithUsersReportsItsMistakesAlone(String name, int mistakes, String uses) {
    List<JavaFileObject> sources = List.of(
        withRule("specs/bad/" + name + ".java", specName(name)),
        uses("bad", uses));

    assertOnlyTheMistakes(javac(), sources, mistakes);
  }

  @Test
  void everyBadSpecIsInTheCatalogueOrExcluded() throws Exception {
    Set<String> covered = new TreeSet<>(NO_SPEC);
    badSpecs().forEach(arguments -> covered.add((String) arguments.get()[0]));
    covered.addAll(List.of("SamePackage", "SamePackageToo")); // theSecondSpecOfAPackageWithUsersReportsItsMistakeAlone
    // A warning is no mistake: the spec compiles (DiagnosticsTest.eachWarningIsOneWarningOnItsLine).
    DiagnosticsTest.warnings().forEach(arguments -> covered.add((String) arguments.get()[0]));
    Set<String> files = new TreeSet<>();
    try (Stream<Path> paths = Files.list(Path.of(getClass().getClassLoader().getResource("specs/bad").toURI()))) {
      paths.forEach(path -> files.add(path.getFileName().toString().replace(".java", "")));
    }

    assertEquals(files, covered);
  }

  @Test
  void theSecondSpecOfAPackageWithUsersReportsItsMistakeAlone() {
    List<JavaFileObject> sources = List.of(
        JavaFileObjects.forResource("specs/bad/SamePackage.java"),
        withRule("specs/bad/SamePackageToo.java", "SamePackageToo"),
        uses("bad", USES));

    assertOnlyTheMistakes(javac(), sources, 1);
  }

  static Stream<Arguments> badExtensions() {
    return Stream.of(
        Arguments.of("RedeclaresBaseType", "gated", List.of()),
        Arguments.of("RedeclaresBaseField", "gated", List.of()),
        Arguments.of("RenamesBaseField", "gated", List.of()),
        Arguments.of("ReusesBaseJsonName", "gated", List.of()),
        Arguments.of("RerulesBaseFactory", "gated", List.of()),
        Arguments.of("ClashesWithBaseGroup", "gated", List.of()),
        Arguments.of("TypeNamedLikeBaseState", "gated", List.of()),
        Arguments.of("GroupNamedLikeBaseType", "gated", List.of()),
        Arguments.of("NamesBaseStateAgain", "gated", List.of()),
        Arguments.of("ReusesBaseWireValue", "gated", List.of()),
        Arguments.of("RewiresBaseType", "gated", List.of()),
        Arguments.of("ChangesWireCase", "gated", List.of()),
        Arguments.of("HashesBaseReset", "gated", List.of()),
        Arguments.of("ExtendsPlainInterface", "gated", List.of()),
        Arguments.of("ExtendsTwoSpecs", "gated", List.of("OtherBase")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badExtensions")
  void aBadExtensionWithUsersReportsItsMistakeAlone(String name, String packageName, List<String> alsoCompiled) {
    Compilation base = javac().withProcessors(new StateSpecProcessor()).compile(Specs.PIPELINE_BASE);
    assertThat(base).succeeded();
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(withRule("specs/extend/" + name + ".java", name));
    sources.add(uses(packageName, USES));
    alsoCompiled.forEach(other -> sources.add(JavaFileObjects.forResource("specs/extend/" + other + ".java")));

    assertOnlyTheMistakes(javac().withClasspath(Specs.classpathWith(base, baseJar)), sources, 1);
  }

  @Test
  void aBrokenBaseAndItsExtensionWithUsersReportTheirMistakesAlone() {
    List<JavaFileObject> sources = List.of(
        withRule("specs/extend/BrokenBase.java", "BrokenBase"),
        withRule("specs/extend/ExtendsBrokenBase.java", "ExtendsBrokenBase"),
        uses("broken", USES),
        uses("brokenext", USES));

    assertOnlyTheMistakes(javac(), sources, 2);
  }

  @Test
  void anExtensionResettingWhatItsBaseHashesWithUsersReportsItsMistakeAlone() {
    Compilation base = javac().withProcessors(new StateSpecProcessor())
        .compile(JavaFileObjects.forResource("specs/extend/HashedBase.java"));
    assertThat(base).succeeded();
    List<JavaFileObject> sources = List.of(
        withRule("specs/extend/ResetsBaseHashKey.java", "ResetsBaseHashKey"),
        uses("hashedext", USES));

    assertOnlyTheMistakes(javac().withClasspath(Specs.classpathWith(base, baseJar)), sources, 1);
  }

  @Test
  void anExtensionOfABaseBrokenInAJarWithUsersReportsOneError() {
    Compilation base = javac().withOptions("-proc:none")
        .compile(JavaFileObjects.forResource("specs/extend/TwiceBrokenBase.java"));
    assertThat(base).succeeded();
    List<JavaFileObject> sources = List.of(
        withRule("specs/extend/ExtendsTwiceBrokenBase.java", "ExtendsTwiceBrokenBase"),
        uses("brokenext", USES));

    assertOnlyTheMistakes(javac().withClasspath(Specs.classpathWith(base, baseJar)), sources, 1);
  }

  /**
   * Compiles {@code sources} with statespec as a build does, then once more attributing every body,
   * and checks that both report {@code mistakes} errors, every one tagged, and no warning.
   */
  private static void assertOnlyTheMistakes(Compiler compiler, List<JavaFileObject> sources, int mistakes) {
    for (List<String> options : List.of(List.of("-Xlint:all"), List.of("-Xlint:all", "-XDshould-stop.ifError=FLOW"))) {
      Compilation compilation = compiler.withProcessors(new StateSpecProcessor()).withOptions(options).compile(sources);
      String all = compilation.diagnostics().stream().map(OneErrorPerMistakeTest::describe)
          .collect(Collectors.joining("\n"));

      assertThat(compilation).failed();
      assertEquals(mistakes, compilation.errors().size(), options + ":\n" + all);
      for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
        String message = error.getMessage(Locale.ROOT);
        assertTrue(message.startsWith("[StateSpec") && !message.startsWith("[StateSpecInternal]"),
            options + ": not one of the spec's mistakes:\n" + all);
      }
      assertEquals(List.of(), compilation.warnings().stream().map(OneErrorPerMistakeTest::describe)
          .collect(Collectors.toList()), options.toString());
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getKind() + " " + (diagnostic.getSource() == null ? "" : diagnostic.getSource().getName())
        + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT);
  }

  /** The spec's simple name: the file's, but for the spec nested in a class. */
  private static String specName(String file) {
    return file.equals("NestedInHiddenClass") ? "HiddenSpec" : file;
  }

  /** The source of {@code resource}, with {@link #RULE} appended to the body of the type called {@code spec}. */
  private static JavaFileObject withRule(String resource, String spec) {
    String source = read(resource);
    int declaration = -1;
    String keyword = null;
    for (String kind : List.of("interface ", "class ", "enum ")) {
      int at = source.indexOf(kind + spec);
      if (at >= 0 && (declaration < 0 || at < declaration)) {
        declaration = at;
        keyword = kind;
      }
    }
    assertTrue(declaration >= 0, "no " + spec + " in " + resource);
    int open = source.indexOf('{', declaration);
    int depth = 0;
    int close = open;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        close = i;
        break;
      }
    }
    // An enum's members follow its constants and a semicolon.
    String rule = (keyword.equals("enum ") ? "\n  ;" : "") + RULE;
    String text = source.substring(0, close) + rule + source.substring(close);
    String packageName = text.substring("package ".length(), text.indexOf(';'));
    String file = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".java".length());
    return JavaFileObjects.forSourceString(packageName + "." + file, text);
  }

  /** The source {@code template} in package {@code packageName}. */
  private static JavaFileObject uses(String packageName, String template) {
    return JavaFileObjects.forSourceString(packageName + ".UsesGeneratedClasses", String.format(template, packageName));
  }

  private static String read(String resource) {
    URL url = OneErrorPerMistakeTest.class.getClassLoader().getResource(resource);
    try (var in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
