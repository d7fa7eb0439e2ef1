package dev.statespec.processor.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statespec.processor.StateSpecProcessor;
import dev.statespec.processor.testing.Specs;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A spec that extends a spec from another jar: the base is compiled first, on its own, and the
 * extension is compiled with only the base's class files on its class path, as a user's build
 * compiles it against a dependency.
 */
class ExtensionTest {

  private static final JavaFileObject BASE = JavaFileObjects.forResource("specs/extend/PipelineBase.java");

  @TempDir
  Path baseJar;

  @Test
  void extensionAddsToTheBaseReadFromClassFiles() throws Exception {
    Compilation base = compileBase();
    Compilation gated = compileAgainstBase(base, "GatedPipeline");
    assertThat(gated).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(base, gated);

    Class<?> stateType = classes.load("gated.StateType");
    List<String> names = new ArrayList<>();
    for (Object constant : stateType.getEnumConstants()) {
      names.add(constant.toString());
    }
    assertEquals(List.of("QUEUED", "RUNNING", "DONE", "FAILED", "AWAITING_APPROVAL", "SKIPPED"), names);
    assertEquals("[DONE, FAILED, SKIPPED]", stateType.getField("TERMINAL_STATES").get(null).toString());
    // The base's group with the extension's type added, then the extension's own group.
    assertEquals("[QUEUED, RUNNING, AWAITING_APPROVAL]", stateType.getField("ACTIVE_STATES").get(null).toString());
    assertEquals("[FAILED, SKIPPED]", stateType.getField("STOPPED_STATES").get(null).toString());
    assertEquals(true, stateType.getMethod("isActive").invoke(stateType.getField("AWAITING_APPROVAL").get(null)));
    assertEquals(false, stateType.getMethod("isStopped").invoke(stateType.getField("DONE").get(null)));

    Class<?> states = classes.load("gated.States");
    Class<?> state = classes.load("gated.State");
    Class<?> details = classes.load("gated.StateDetails");

    // The base's @OnBuild rule runs on the extension's states, through the base's own StateDetails.
    Object queued = states.getMethod("queued").invoke(null);
    Object queuedDetails = state.getMethod("stateDetails").invoke(queued);
    assertEquals(Instant.EPOCH, details.getMethod("startAt").invoke(queuedDetails));

    // The base's factory rule keeps the fields only the extension has.
    Object approverDetails = details.getMethod("withApprover", String.class)
        .invoke(details.getMethod("builder").invoke(null).getClass().getMethod("build")
            .invoke(details.getMethod("builder").invoke(null)), "grace");
    Instant until = Instant.parse("2030-01-01T00:00:00Z");
    Object delayed = states.getMethod("delayed", Instant.class, java.util.function.Consumer.class).invoke(null, until,
        (java.util.function.Consumer<Object>) builder -> invoke(builder, "stateDetails", details, approverDetails));
    Object delayedDetails = state.getMethod("stateDetails").invoke(delayed);
    assertEquals(until, details.getMethod("startAt").invoke(delayedDetails));
    assertEquals("grace", details.getMethod("approver").invoke(delayedDetails));
    assertEquals("Delayed", state.getMethod("name").invoke(delayed));

    // The extension's own named state and rule.
    Object escalated = states.getMethod("escalated", String.class).invoke(null, "ada");
    assertEquals("ada", details.getMethod("approver").invoke(state.getMethod("stateDetails").invoke(escalated)));
    assertEquals(true, state.getMethod("isAwaitingApproval").invoke(escalated));
    assertEquals("Skipped()", states.getMethod("skipped").invoke(null).toString());
    assertEquals(true, state.getMethod("isStopped").invoke(states.getMethod("skipped").invoke(null)));
    assertEquals(true, state.getMethod("isActive").invoke(escalated));
    assertEquals(true, state.getMethod("isFinal").invoke(states.getMethod("skipped").invoke(null)));

    // Details fields: the base's first, then the extension's; the inherited count order gains the new types.
    @SuppressWarnings("unchecked")
    Map<String, Object> detailsMap = (Map<String, Object>) details.getMethod("toMap").invoke(queuedDetails);
    assertEquals(List.of("owner", "start_at", "approver"), List.copyOf(detailsMap.keySet()));
    Class<?> count = classes.load("gated.CountByState");
    Object counts = count.getMethod("fromMap", Map.class).invoke(null, Map.of("SKIPPED", 2));
    @SuppressWarnings("unchecked")
    Map<String, Object> countMap = (Map<String, Object>) count.getMethod("toMap").invoke(counts);
    assertEquals(List.of("DONE", "FAILED", "RUNNING", "QUEUED", "AWAITING_APPROVAL", "SKIPPED"),
        List.copyOf(countMap.keySet()));

    // Reset fields are inherited: equal states up to the id.
    Object reset = state.getMethod("resetFields").invoke(escalated);
    assertEquals(escalated, reset);
  }

  @Test
  void factoriesKeepTheBaseRulesParameterNamesWhenTheBaseIsCompiledWithParameters() throws Exception {
    Compilation base = javac().withProcessors(new StateSpecProcessor()).withOptions("-parameters").compile(BASE);
    Compilation gated = compileAgainstBase(base, "GatedPipeline");

    String states = gated.generatedSourceFile("gated.States").orElseThrow().getCharContent(true).toString();
    assertTrue(states.contains("public static State delayed(@Nullable Instant until)"), states);
  }

  @Test
  void baseSpecInTheSameCompileWorksToo() {
    Compilation both = javac().withProcessors(new StateSpecProcessor()).withOptions("-Xlint:all", "-Werror")
        .compile(BASE, JavaFileObjects.forResource("specs/extend/GatedPipeline.java"));

    assertThat(both).succeededWithoutWarnings();
    assertThat(both).generatedSourceFile("base.State");
    assertThat(both).generatedSourceFile("gated.State");
  }

  /**
   * Extensions that clash with what they inherit, each one error on its own line whose message names
   * the base spec the inherited part comes from: the whole message, fix included.
   */
  static Stream<Arguments> clashesWithInheritedParts() {
    return Stream.of(
        Arguments.of("RedeclaresBaseType", "\"RUNNING\"})",
            "[StateSpecDuplicateType] state type \"RUNNING\" (inherited from base.PipelineBase) is declared twice; "
                + "rename or remove one"),
        Arguments.of("RedeclaresBaseField", "String owner();",
            "[StateSpecDuplicateField] details field owner() (inherited from base.PipelineBase) is declared twice; "
                + "rename or remove one"),
        Arguments.of("RenamesBaseField", "String owner();",
            "[StateSpecDuplicateField] details field owner() (inherited from base.PipelineBase) is declared twice; "
                + "rename or remove one"),
        Arguments.of("ReusesBaseJsonName", "String boss();",
            "[StateSpecDuplicateJsonName] details fields owner() (inherited from base.PipelineBase) and boss() both "
                + "map to JSON name \"owner\"; rename one or give it @StateSpec.JsonName"),
        Arguments.of("RerulesBaseFactory", "@Factory(\"Delayed\")",
            "[StateSpecFactoryRuledTwice] factory \"Delayed\" already has the rule delay() (inherited from "
                + "base.PipelineBase); give each factory at most one @StateSpec.Factory rule"),
        Arguments.of("ClashesWithBaseGroup", "types = \"ACTIVE\"",
            "[StateSpecReservedName] state type \"ACTIVE\" would generate State.isActive(), which group ACTIVE "
                + "(inherited from base.PipelineBase) already generates; rename the type"),
        Arguments.of("TypeNamedLikeBaseState", "types = \"DELAYED\"",
            "[StateSpecReservedName] state type \"DELAYED\" would generate States.delayed(), which named state "
                + "Delayed (inherited from base.PipelineBase) already generates; rename the type"),
        Arguments.of("GroupNamedLikeBaseType", "@Group(name = \"RUNNING\"",
            "[StateSpecGroupClash] group \"RUNNING\" would generate State.isRunning(), which state type RUNNING "
                + "(inherited from base.PipelineBase) already generates; rename the group"),
        Arguments.of("NamesBaseStateAgain", "names = \"Delayed\"",
            "[StateSpecDuplicateFactory] named state \"Delayed\" would generate States.delayed(), which named state "
                + "Delayed (inherited from base.PipelineBase) already generates; rename the named state"),
        Arguments.of("ReusesBaseWireValue", "value = \"RUNNING\"",
            "[StateSpecDuplicateWireValue] state types RUNNING (inherited from base.PipelineBase) and "
                + "AWAITING_APPROVAL both have the wire value \"RUNNING\", so reading it could not tell them apart; "
                + "give one of them another with @WireValue"),
        Arguments.of("HashesBaseReset", "hashKey = {\"type\", \"id\"}",
            "[StateSpecHashKeyReset] hashKey lists \"id\", a reset field (inherited from base.PipelineBase) that "
                + "equals ignores, so equal states would hash differently; remove it from hashKey or from reset"));
  }

  @Test
  void resettingAFieldAnInheritedHashKeyListsIsAnErrorOnTheReset() {
    Compilation base = javac().withProcessors(new StateSpecProcessor()).withOptions("-Xlint:all", "-Werror")
        .compile(source("HashedBase"));
    assertThat(base).succeededWithoutWarnings();
    Compilation compilation = compileAgainstBase(base, "ResetsBaseHashKey");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecHashKeyReset] hashKey lists \"timestamp\" (inherited from "
        + "hashed.HashedBase), a reset field that equals ignores, so equal states would hash differently; remove it "
        + "from hashKey or from reset").inFile(source("ResetsBaseHashKey")).onLineContaining("reset = \"timestamp\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clashesWithInheritedParts")
  void aClashWithAnInheritedPartNamesTheBaseItComesFrom(String extension, String line, String message) {
    Compilation compilation = compileAgainstBase(compileBase(), extension);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source(extension)).onLineContaining(line);
    assertEquals(message, compilation.errors().get(0).getMessage(Locale.ROOT));
  }

  @Test
  void anInheritedPartIsNamedWithTheSpecThatDeclaresItThroughAChainOfBases() {
    Compilation base = compileBase();
    Compilation gated = compileAgainstBase(base, "GatedPipeline");
    assertThat(gated).succeededWithoutWarnings();
    JavaFileObject chained = source("RedeclaresInheritedTypes");
    Compilation compilation = javac().withProcessors(new StateSpecProcessor())
        .withClasspath(Specs.classpathWith(gated, baseJar))
        .compile(chained);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[StateSpecDuplicateType] state type \"RUNNING\" (inherited from "
        + "base.PipelineBase) is declared twice").inFile(chained).onLineContaining("\"RUNNING\",");
    assertThat(compilation).hadErrorContaining("[StateSpecDuplicateType] state type \"SKIPPED\" (inherited from "
        + "gated.GatedPipeline) is declared twice").inFile(chained).onLineContaining("\"SKIPPED\"}");
  }

  @Test
  void anExtensionWritesItsOwnTypesByItsBasesRuleAndTheBasesTypesAsTheBaseDoes() throws Exception {
    Compilation base = javac().withProcessors(new StateSpecProcessor()).withOptions("-Xlint:all", "-Werror")
        .compile(source("WireBase"));
    assertThat(base).succeededWithoutWarnings();
    Compilation extension = compileAgainstBase(base, "WireExtension");
    assertThat(extension).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(base, extension);

    Class<?> stateType = classes.load("wireext.StateType");
    List<String> wireValues = new ArrayList<>();
    for (Object constant : stateType.getEnumConstants()) {
      wireValues.add((String) stateType.getMethod("wireValue").invoke(constant));
    }
    // The base's lower snake case and its own wire value; the extension's types in the inherited case, one its own.
    assertEquals(List.of("queued", "busy", "done", "on_hold", "abandoned"), wireValues);
  }

  @Test
  void givingAnInheritedTypeAnotherWireValueIsAnError() {
    Compilation compilation = compileAgainstBase(compileBase(), "RewiresBaseType");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecWireValueInherited] state type \"RUNNING\" comes from base "
        + "spec base.PipelineBase, whose JSON writes it \"RUNNING\", so its wire value cannot change")
        .inFile(source("RewiresBaseType")).onLineContaining("type = \"RUNNING\"");
  }

  @Test
  void changingTheBasesWireCaseIsAnError() {
    Compilation compilation = compileAgainstBase(compileBase(), "ChangesWireCase");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecWireCase] wire = LOWER_SNAKE differs from base spec "
        + "base.PipelineBase, which writes its types as CONSTANT_NAME")
        .inFile(source("ChangesWireCase")).onLineContaining("wire = WireCase.LOWER_SNAKE");
  }

  @Test
  void extendingAnInterfaceThatIsNoSpecIsAnError() {
    JavaFileObject spec = source("ExtendsPlainInterface");
    Compilation compilation = javac().withProcessors(new StateSpecProcessor()).compile(spec);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecBaseNotSpec] spec ExtendsPlainInterface extends "
        + "java.lang.Comparable, which is not a @StateSpec").inFile(spec).onLineContaining("public interface");
  }

  @Test
  void extendingTwoSpecsIsAnError() {
    JavaFileObject spec = source("ExtendsTwoSpecs");
    Compilation compilation = javac().withProcessors(new StateSpecProcessor())
        .withClasspath(Specs.classpathWith(compileBase(), baseJar))
        .compile(spec, source("OtherBase"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecTwoBases] spec ExtendsTwoSpecs extends two specs, "
        + "PipelineBase and OtherBase").inFile(spec).onLineContaining("public interface");
  }

  @Test
  void aBrokenBaseIsReportedOnceOnTheExtension() {
    JavaFileObject base = source("BrokenBase");
    JavaFileObject extension = source("ExtendsBrokenBase");
    Compilation compilation = javac().withProcessors(new StateSpecProcessor()).compile(base, extension);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[StateSpecUnknownType] terminal \"FINISHED\"").inFile(base)
        .onLineContaining("terminal = \"FINISHED\"");
    assertThat(compilation).hadErrorContaining("[StateSpecBaseInvalid] base spec broken.BrokenBase has 1 error of its "
        + "own: [StateSpecUnknownType] terminal \"FINISHED\" names no state type of this spec; use one of OPEN, DONE; "
        + "fix the base spec first").inFile(extension).onLineContaining("public interface");
  }

  @Test
  void aBrokenBaseFromAJarIsOneErrorThatQuotesItsFirstMistakeAndCountsTheOthers() {
    // A jar built without statespec, so nothing checked the base before.
    Compilation base = javac().withOptions("-proc:none").compile(source("TwiceBrokenBase"));
    assertThat(base).succeeded();
    JavaFileObject extension = source("ExtendsTwiceBrokenBase");
    Compilation compilation = Specs.compileAgainst(base, baseJar, extension);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StateSpecBaseInvalid] base spec broken.TwiceBrokenBase has 2 errors "
        + "of its own: the first is [StateSpecUnknownType] terminal \"DONEE\" names no state type of this spec; use "
        + "one of OPEN, DONE; fix the base spec first").inFile(extension).onLineContaining("public interface");
  }

  @Test
  void aBaseMissingFromTheClassPathIsJavacsErrorAlone() {
    JavaFileObject extension = source("ExtendsMissingBase");
    Compilation compilation = javac().withProcessors(new StateSpecProcessor()).compile(extension);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("package base does not exist").inFile(extension)
        .onLineContaining("extends base.PipelineBase");
  }

  @Test
  void anExtensionWhoseBaseIsMissingGetsOnlyJavacsErrors() {
    // The import and the extends clause name the base; the factory rule names the StateDetails, and the
    // transition rule the State, that cannot be generated.
    JavaFileObject extension = source("GatedPipeline");
    Compilation compilation = javac().withProcessors(new StateSpecProcessor()).compile(extension);

    assertThat(compilation).hadErrorCount(7);
    assertThat(compilation).hadErrorContaining("package base does not exist").inFile(extension)
        .onLineContaining("import base.PipelineBase;");
    assertThat(compilation).hadErrorContaining("cannot find symbol\n  symbol: class PipelineBase").inFile(extension)
        .onLineContaining("extends PipelineBase");
    assertThat(compilation).hadErrorContaining("cannot find symbol\n  symbol:   class StateDetails").inFile(extension)
        .onLineContaining("static StateDetails escalate");
    assertThat(compilation).hadErrorContaining("cannot find symbol\n  symbol:   class State\n").inFile(extension)
        .onLineContaining("static TransitionDecision<State> approved");
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertFalse(error.getMessage(Locale.ROOT).startsWith("[StateSpec"), error.getMessage(Locale.ROOT));
    }
  }

  @Test
  void aBaseThatAnotherProcessorGeneratesInALaterRoundIsWaitedFor() {
    // The base is written in the first round and read in the second, so statespec sees GatedPipeline
    // in the first round with its base unresolved.
    Compilation compilation = javac().withProcessors(new GeneratesPipelineBase(), new StateSpecProcessor())
        .compile(source("GatedPipeline"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("base.State");
    assertThat(compilation).generatedSourceFile("gated.StateType").contentsAsUtf8String()
        .contains("AWAITING_APPROVAL");
    assertThat(compilation).generatedSourceFile("gated.StateType").contentsAsUtf8String().contains("QUEUED");
  }

  /** Writes the source of base.PipelineBase in its first round, as a processor generating specs would. */
  @SupportedAnnotationTypes("*")
  private static final class GeneratesPipelineBase extends AbstractProcessor {
    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (written) {
        return false;
      }
      written = true;
      try (InputStream in = ExtensionTest.class.getClassLoader()
              .getResourceAsStream("specs/extend/PipelineBase.java");
          Writer out = processingEnv.getFiler().createSourceFile("base.PipelineBase").openWriter()) {
        out.write(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  @Test
  void specsExtendingEachOtherAreJavacsCycleErrorAndNothingElse() {
    Compilation compilation = javac().withProcessors(new StateSpecProcessor())
        .compile(source("CycleA"), source("CycleB"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cyclic inheritance");
    for (javax.tools.Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertTrue(!error.getMessage(null).contains("[StateSpecInternal]"), error.getMessage(null));
    }
  }

  private static void invoke(Object target, String method, Class<?> type, Object argument) {
    try {
      target.getClass().getMethod(method, type).invoke(target, argument);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static JavaFileObject source(String name) {
    return JavaFileObjects.forResource("specs/extend/" + name + ".java");
  }

  private static Compilation compileBase() {
    Compilation base = javac().withProcessors(new StateSpecProcessor()).withOptions("-Xlint:all", "-Werror")
        .compile(BASE);
    assertThat(base).succeededWithoutWarnings();
    return base;
  }

  private Compilation compileAgainstBase(Compilation base, String extension) {
    return Specs.compileAgainst(base, baseJar, source(extension));
  }
}
