package dev.statespec.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.statespec.processor.spec.DetailsFieldModel;
import dev.statespec.processor.spec.FieldType;
import dev.statespec.processor.spec.FieldType.ScalarKind;
import dev.statespec.processor.spec.SpecModel;
import dev.statespec.processor.spec.StateTypeModel;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The output of {@link StateTypeGenerator}, {@link StateDetailsGenerator} and {@link
 * CountByStateGenerator} for a spec unlike Prefect's: details fields named like the generated
 * locals, a default of every kind, a type whose count accessor is called {@code type}, no terminal
 * types, no count order.
 */
class DetailsAndCountGeneratorsTest {

  private static final SpecModel SPEC = SpecModel.builder(null, ClassName.get("com.example.odd", "OddSpec"))
      .types(List.of(type("TYPE", false), type("AWAITING_APPROVAL", false), type("GET", false)))
      .detailsJavadoc("Odd details.\nTwo lines.") // as SpecReader hands Javadoc on
      .detailsFields(List.of(
          field("other", FieldType.STRING, null),
          field("that", FieldType.INT, "7"),
          field("map", new FieldType.MapOf(FieldType.STRING), "{}"),
          field("result", new FieldType.Basic(ScalarKind.LONG, false), "-3"),
          field("value", new FieldType.Basic(ScalarKind.BOOLEAN, true), "true"),
          field("when", new FieldType.Basic(ScalarKind.INSTANT, false), "2024-01-01T00:00:00+02:00"),
          field("key", new FieldType.Basic(ScalarKind.UUID, false), "123e4567-e89b-12d3-a456-426614174000"),
          field("tags", new FieldType.ListOf(FieldType.STRING), "[]"),
          field("count", new FieldType.Basic(ScalarKind.INT, false), null),
          field("big", new FieldType.Basic(ScalarKind.LONG, true), "0"),
          field("flag", new FieldType.Basic(ScalarKind.BOOLEAN, false), "true"),
          field("text", FieldType.STRING, null)))
      .build();

  @Test
  void oddSpecCompilesWithoutWarnings() {
    Compilation compilation = javac()
        .withOptions("-Xlint:all", "-Werror")
        .compile(source(new StateTypeGenerator().generate(SPEC)),
            source(new StateDetailsGenerator().generate(SPEC)),
            source(new CountByStateGenerator().generate(SPEC)),
            source(new StateGenerator().generate(SPEC))); // CountByState.of counts States

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void defaultsAreJavaLiterals() {
    String details = new StateDetailsGenerator().generate(SPEC).toString();

    assertThat(details).contains("private int that = 7;");
    assertThat(details).contains("private @Nullable Map<String, String> map = Map.of();");
    assertThat(details).contains("private @Nullable Long result = -3L;");
    assertThat(details).contains("private boolean value = true;");
    assertThat(details).contains("private @Nullable Instant when = Instant.parse(\"2023-12-31T22:00:00Z\");");
    assertThat(details).contains("private @Nullable UUID key = UUID.fromString(\"123e4567-e89b-12d3-a456-426614174000\");");
    assertThat(details).contains("private @Nullable List<String> tags = List.of();");
    assertThat(details).contains("private long big;");
    assertThat(details).contains("private @Nullable Boolean flag = Boolean.TRUE;");
    assertThat(details).contains(" * Odd details.\n * Two lines.\n *\n * @see OddSpec\n");
  }

  @Test
  void localsNeverShadowFields() {
    String details = new StateDetailsGenerator().generate(SPEC).toString();
    String counts = new CountByStateGenerator().generate(SPEC).toString();

    assertThat(details).contains("if (!(other_ instanceof StateDetails that_)) {");
    assertThat(details).contains("if (!Objects.equals(other, that_.other)) {");
    assertThat(details).contains("int result_ = Objects.hashCode(other);");
    assertThat(details).contains("return new FieldMap(MAP_KEYS, new Object[] {other, that, map, result,");
    assertThat(details).contains("StringBuilder text_ = new StringBuilder(\"StateDetails[\");");
    assertThat(details).contains("text_.append(\", text=\").append(text);");
    assertThat(counts).contains("public int get(StateType type_) {");
    assertThat(counts).contains("case TYPE -> type;");
  }

  @Test
  void detailsAreConstructedFromTheirFieldsWhileTheyFitInAConstructor() {
    // 126 longs and two ints: with this, 255 parameter slots, the most a constructor takes.
    String fits = new StateDetailsGenerator().generate(manyFields(126, 2)).toString();
    assertThat(fits).contains("private StateDetails(long f0, long f1,");
    assertThat(fits).contains("return new StateDetails(\n");
    assertThat(fits).doesNotContain("new StateDetails(this)");
    assertThat(fits).contains("public StateDetails withF0(long f0) {\n    return new StateDetails(f0, f1,");

    // One slot more: the constructor takes the builder, and copies go through it.
    SpecModel tooMany = manyFields(126, 3);
    String details = new StateDetailsGenerator().generate(tooMany).toString();
    assertThat(details).contains("private StateDetails(Builder builder) {");
    assertThat(details).contains("return new StateDetails(this);");
    assertThat(details).contains("return toBuilder().f0(f0).build();");
    Compilation compilation = javac()
        .withOptions("-Xlint:all", "-Werror")
        .compile(source(new StateTypeGenerator().generate(tooMany)),
            source(new StateDetailsGenerator().generate(tooMany)),
            source(new CountByStateGenerator().generate(tooMany)),
            source(new StateGenerator().generate(tooMany)));
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** A spec whose details are {@code longs} primitive longs and then {@code ints} primitive ints. */
  private static SpecModel manyFields(int longs, int ints) {
    List<DetailsFieldModel> fields = new ArrayList<>();
    for (int i = 0; i < longs + ints; i++) {
      fields.add(field("f" + i, new FieldType.Basic(i < longs ? ScalarKind.LONG : ScalarKind.INT, true), null));
    }
    return SpecModel.builder(null, ClassName.get("com.example.wide", "WideSpec"))
        .types(List.of(type("OPEN", false), type("DONE", true)))
        .detailsFields(fields)
        .build();
  }

  @Test
  void noTerminalTypesIsAnEmptySet() {
    assertThat(new StateTypeGenerator().generate(SPEC).toString())
        .contains("EnumSet.noneOf(StateType.class));");
  }

  @Test
  void outputIsDeterministic() {
    assertThat(new StateDetailsGenerator().generate(SPEC).toString())
        .isEqualTo(new StateDetailsGenerator().generate(SPEC).toString());
    assertThat(new CountByStateGenerator().generate(SPEC).toString())
        .isEqualTo(new CountByStateGenerator().generate(SPEC).toString());
  }

  private static StateTypeModel type(String name, boolean terminal) {
    return new StateTypeModel(name, terminal, name, null);
  }

  private static DetailsFieldModel field(String name, FieldType type, String defaultValue) {
    return new DetailsFieldModel(name, name, type, defaultValue, null, null);
  }

  private static JavaFileObject source(JavaFile file) {
    return JavaFileObjects.forSourceString(file.packageName() + "." + file.typeSpec().name(), file.toString());
  }
}
