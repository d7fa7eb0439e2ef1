package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.statespec.processor.diagnostics.Diagnostics;
import dev.statespec.processor.diagnostics.Origin;
import dev.statespec.processor.diagnostics.Problem;
import dev.statespec.processor.util.Annotations;
import dev.statespec.processor.util.CaseFormat;
import dev.statespec.processor.util.Names;
import dev.statespec.processor.validate.SpecValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @StateSpec} interface into a {@link SpecModel}.
 *
 * <p>Mistakes that only the javac element shows (an unsupported field type, a rule that is not
 * static, a details method with parameters) are reported here, on that element, and the offending
 * part is left out of the model; mistakes in how the parts refer to each other are left to the
 * validator, which sees the whole model.
 */
public final class SpecReader {

  private final Elements elements;
  private final Diagnostics diagnostics;

  public SpecReader(Elements elements, Diagnostics diagnostics) {
    this.elements = elements;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads {@code spec}, which carries {@code @StateSpec}, merged with the spec it extends, if any. A
   * base spec may come from source or, compiled into another jar, from its class files.
   */
  public SpecModel read(TypeElement spec) {
    return read(spec, new LinkedHashSet<>());
  }

  private SpecModel read(TypeElement spec, Set<String> extending) {
    SpecModel own = readOwn(spec);
    if (!extending.add(spec.getQualifiedName().toString())) {
      diagnostics.error(Origin.of(spec), Problem.SPEC_CYCLE, String.join(" -> ", extending), spec.getSimpleName());
      return own;
    }
    TypeElement base = baseSpec(spec);
    if (base == null) {
      return own;
    }
    // The base was checked when it was compiled (or is checked on its own in this compile): read it
    // quietly and say once, here, if it is broken.
    Diagnostics quiet = Diagnostics.quiet();
    SpecModel baseModel = new SpecReader(elements, quiet).read(base, extending);
    new SpecValidator(quiet).validate(baseModel);
    if (quiet.errorCount() > 0) {
      diagnostics.error(Origin.of(spec), Problem.BASE_INVALID, base.getQualifiedName(), spec.getSimpleName());
    }
    return SpecMerger.merge(baseModel, own);
  }

  /** The spec {@code spec} extends, or null; any other super-interface is an error. */
  private TypeElement baseSpec(TypeElement spec) {
    List<TypeElement> bases = new ArrayList<>();
    for (TypeMirror superinterface : spec.getInterfaces()) {
      if (superinterface.getKind() != TypeKind.DECLARED) {
        continue; // an unresolved type: javac reports it
      }
      TypeElement element = (TypeElement) ((DeclaredType) superinterface).asElement();
      if (Annotations.has(element, Names.STATE_SPEC)) {
        bases.add(element);
      } else {
        diagnostics.error(Origin.of(spec), Problem.BASE_NOT_SPEC, spec.getSimpleName(), element.getQualifiedName());
      }
    }
    if (bases.size() > 1) {
      diagnostics.error(Origin.of(spec), Problem.TWO_BASES, spec.getSimpleName(), bases.get(0).getSimpleName(),
          bases.get(1).getSimpleName());
    }
    return bases.isEmpty() ? null : bases.get(0);
  }

  private SpecModel readOwn(TypeElement spec) {
    checkSpecElement(spec);
    AnnotationMirror annotation = Annotations.find(spec, Names.STATE_SPEC).orElseThrow();
    GeneratedNames names = new GeneratedNames(elements.getPackageOf(spec).getQualifiedName().toString());

    List<Ref> terminal = refs(spec, annotation, "terminal");
    Set<String> terminalNames = new HashSet<>();
    terminal.forEach(ref -> terminalNames.add(ref.name()));
    List<StateTypeModel> types = new ArrayList<>();
    for (Ref ref : refs(spec, annotation, "types")) {
      types.add(new StateTypeModel(ref.name(), terminalNames.contains(ref.name()), ref.origin()));
    }

    TypeElement details = findDetails(spec);
    List<FactoryRuleModel> factoryRules = new ArrayList<>();
    List<BuildRuleModel> buildRules = new ArrayList<>();
    readMethods(spec, names, factoryRules, buildRules);

    return SpecModel.builder(spec, ClassName.get(spec))
        .javadoc(docComment(spec))
        .types(types)
        .terminal(terminal)
        .namedStates(namedStates(spec, annotation))
        .detailsOrigin(details == null ? null : Origin.of(details))
        .detailsJavadoc(details == null ? null : docComment(details))
        .detailsFields(details == null ? List.of() : detailsFields(details))
        .reset(refs(spec, annotation, "reset"))
        .hashKey(refs(spec, annotation, "hashKey"))
        .countOrder(refs(spec, annotation, "countOrder"))
        .factoryRules(factoryRules)
        .buildRules(buildRules)
        .schema(schema(spec, annotation))
        .build();
  }

  // A spec is a public, non-generic interface not named like a class generated beside it.
  private void checkSpecElement(TypeElement spec) {
    String name = spec.getSimpleName().toString();
    if (spec.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(Origin.of(spec), Problem.SPEC_NOT_INTERFACE, name, describe(spec), name);
    }
    if (!spec.getModifiers().contains(Modifier.PUBLIC)) {
      diagnostics.error(Origin.of(spec), Problem.SPEC_NOT_PUBLIC, name);
    }
    if (!spec.getTypeParameters().isEmpty()) {
      diagnostics.error(Origin.of(spec), Problem.SPEC_GENERIC, name);
    }
    for (Element enclosing = spec.getEnclosingElement(); enclosing instanceof TypeElement;
        enclosing = enclosing.getEnclosingElement()) {
      if (!enclosing.getModifiers().contains(Modifier.PUBLIC)) {
        diagnostics.error(Origin.of(spec), Problem.SPEC_HIDDEN, name, enclosing.getSimpleName(),
            enclosing.getSimpleName());
        break;
      }
    }
    GeneratedNames names = new GeneratedNames("");
    for (ClassName generated : List.of(names.stateType(), names.state(), names.stateDetails(),
        names.countByState(), names.factories())) {
      if (generated.simpleName().equals(name)) {
        diagnostics.error(Origin.of(spec), Problem.SPEC_NAME_CLASH, name, generated.simpleName(), name);
      }
    }
  }

  // Every string of an array attribute, each with the position of its own literal.
  private static List<Ref> refs(Element element, AnnotationMirror annotation, String attribute) {
    List<Ref> refs = new ArrayList<>();
    for (AnnotationValue value : Annotations.list(annotation, attribute)) {
      refs.add(new Ref(String.valueOf(value.getValue()), new Origin(element, annotation, value)));
    }
    return refs;
  }

  private static List<NamedStateModel> namedStates(TypeElement spec, AnnotationMirror annotation) {
    List<NamedStateModel> named = new ArrayList<>();
    for (AnnotationValue group : Annotations.list(annotation, "named")) {
      AnnotationMirror groupMirror = (AnnotationMirror) group.getValue();
      AnnotationValue typeValue = Annotations.explicit(groupMirror, "type").orElse(null);
      if (typeValue == null) {
        continue; // javac already reports the missing required attribute
      }
      Ref type = new Ref(String.valueOf(typeValue.getValue()), new Origin(spec, groupMirror, typeValue));
      for (Ref name : refs(spec, groupMirror, "names")) {
        named.add(new NamedStateModel(name.name(), type, name.origin()));
      }
    }
    return named;
  }

  private static SchemaModel schema(TypeElement spec, AnnotationMirror annotation) {
    AnnotationValue value = Annotations.explicit(annotation, "schema").orElse(null);
    if (value == null) {
      return SchemaModel.EMPTY;
    }
    AnnotationMirror schema = (AnnotationMirror) value.getValue();
    List<SchemaModel.FieldDescription> fields = new ArrayList<>();
    for (AnnotationValue item : Annotations.list(schema, "fields")) {
      AnnotationMirror describe = (AnnotationMirror) item.getValue();
      AnnotationValue field = Annotations.explicit(describe, "field").orElse(null);
      if (field == null) {
        continue; // javac already reports the missing required attribute
      }
      List<String> examples = new ArrayList<>();
      refs(spec, describe, "examples").forEach(example -> examples.add(example.name()));
      String description = Annotations.string(describe, "description", "");
      fields.add(new SchemaModel.FieldDescription(
          new Ref(String.valueOf(field.getValue()), new Origin(spec, describe, field)),
          description.isEmpty() ? null : description,
          examples));
    }
    String typeDescription = Annotations.string(schema, "typeDescription", "");
    return new SchemaModel(typeDescription.isEmpty() ? null : typeDescription, refs(spec, schema, "required"), fields);
  }

  private TypeElement findDetails(TypeElement spec) {
    TypeElement found = null;
    for (TypeElement nested : ElementFilter.typesIn(spec.getEnclosedElements())) {
      if (!Annotations.has(nested, Names.DETAILS)) {
        continue;
      }
      if (nested.getKind() != ElementKind.INTERFACE) {
        diagnostics.error(Origin.of(nested), Problem.DETAILS_NOT_INTERFACE, nested.getSimpleName(), describe(nested));
      } else if (found != null) {
        diagnostics.error(Origin.of(nested), Problem.TWO_DETAILS, found.getSimpleName());
      } else {
        found = nested;
      }
    }
    return found;
  }

  private List<DetailsFieldModel> detailsFields(TypeElement details) {
    List<DetailsFieldModel> fields = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(details.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        continue; // static and default methods are the author's helpers, not fields
      }
      String name = method.getSimpleName().toString();
      if (!method.getParameters().isEmpty()) {
        diagnostics.error(Origin.of(method), Problem.FIELD_PARAMETERS, name, name);
        continue;
      }
      FieldType type = fieldType(method.getReturnType());
      if (type == null) {
        diagnostics.error(Origin.of(method), Problem.FIELD_TYPE, name, method.getReturnType(),
            FieldType.supportedList());
        continue;
      }
      String defaultValue = Annotations.find(method, Names.DEFAULT)
          .map(mirror -> Annotations.string(mirror, "value", ""))
          .orElse(null);
      String jsonName = Annotations.find(method, Names.JSON_NAME)
          .map(mirror -> Annotations.string(mirror, "value", ""))
          .orElse(CaseFormat.snake(name));
      fields.add(new DetailsFieldModel(name, jsonName, type, defaultValue, docComment(method), Origin.of(method)));
    }
    return fields;
  }

  /** The supported field type of {@code type}, or null when statespec cannot store it. */
  private static FieldType fieldType(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return FieldType.BOOLEAN;
      case INT:
        return FieldType.INT;
      case LONG:
        return FieldType.LONG;
      case DECLARED:
        break;
      default:
        return null;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    switch (name) {
      case "java.lang.String":
        return FieldType.STRING;
      case "java.util.UUID":
        return FieldType.UUID;
      case "java.time.Instant":
        return FieldType.INSTANT;
      case "java.lang.Boolean":
        return FieldType.BOOLEAN_OBJECT;
      case "java.lang.Integer":
        return FieldType.INTEGER;
      case "java.lang.Long":
        return FieldType.LONG_OBJECT;
      case "java.util.List":
        return arguments.size() == 1 && isString(arguments.get(0)) ? FieldType.STRING_LIST : null;
      case "java.util.Map":
        return arguments.size() == 2 && isString(arguments.get(0)) && isString(arguments.get(1))
            ? FieldType.STRING_MAP
            : null;
      default:
        return null;
    }
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  // Rules are the spec's static methods marked @Factory or @OnBuild; unmarked static methods are helpers.
  private void readMethods(TypeElement spec, GeneratedNames names, List<FactoryRuleModel> factoryRules,
      List<BuildRuleModel> buildRules) {
    for (ExecutableElement method : ElementFilter.methodsIn(spec.getEnclosedElements())) {
      AnnotationMirror factory = Annotations.find(method, Names.FACTORY).orElse(null);
      AnnotationMirror onBuild = Annotations.find(method, Names.ON_BUILD).orElse(null);
      if (factory == null && onBuild == null) {
        if (method.getModifiers().contains(Modifier.ABSTRACT)) {
          diagnostics.error(Origin.of(method), Problem.STRAY_METHOD, method.getSimpleName());
        }
        continue;
      }
      if (!checkRuleShape(method, names, onBuild != null)) {
        continue;
      }
      String methodName = method.getSimpleName().toString();
      if (factory != null) {
        factoryRules.add(new FactoryRuleModel(ClassName.get(spec), names.stateDetails(), methodName, refs(method, factory, "value"),
            ruleParameters(method), docComment(method), Origin.of(method, factory)));
      }
      if (onBuild != null) {
        buildRules.add(new BuildRuleModel(ClassName.get(spec), names.stateDetails(), methodName, refs(method, onBuild, "value"), Origin.of(method, onBuild)));
      }
    }
  }

  /** Whether {@code method} is a static, callable {@code StateDetails name(StateDetails, ...)}; reports why not. */
  private boolean checkRuleShape(ExecutableElement method, GeneratedNames names, boolean detailsOnly) {
    String name = method.getSimpleName().toString();
    Origin origin = Origin.of(method);
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      diagnostics.error(origin, Problem.RULE_NOT_STATIC, name + "()", name);
      return false;
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      diagnostics.error(origin, Problem.RULE_PRIVATE, name + "()");
      return false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.error(origin, Problem.RULE_GENERIC, name + "()");
      return false;
    }
    List<? extends VariableElement> parameters = method.getParameters();
    boolean shaped = !parameters.isEmpty()
        && isDetails(parameters.get(0).asType(), names)
        && isDetails(method.getReturnType(), names)
        && (!detailsOnly || parameters.size() == 1);
    if (!shaped) {
      diagnostics.error(origin, Problem.RULE_SIGNATURE, name + "()", name, detailsOnly ? "" : ", ...");
    }
    return shaped;
  }

  /**
   * Whether {@code type} is the generated {@code StateDetails}. In the first round it does not exist
   * yet and javac shows it as an error type named as written; later it is the real class.
   */
  private static boolean isDetails(TypeMirror type, GeneratedNames names) {
    if (type.getKind() == TypeKind.ERROR) {
      String written = type.toString();
      return written.equals(names.stateDetails().simpleName())
          || written.equals(names.stateDetails().canonicalName());
    }
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals(names.stateDetails().canonicalName());
  }

  private static List<RuleParameter> ruleParameters(ExecutableElement method) {
    List<RuleParameter> parameters = new ArrayList<>();
    List<? extends VariableElement> all = method.getParameters();
    for (VariableElement parameter : all.subList(1, all.size())) {
      parameters.add(new RuleParameter(parameter.getSimpleName().toString(), TypeName.get(parameter.asType()),
          Annotations.has(parameter, Names.SHORTCUT), Origin.of(parameter)));
    }
    return parameters;
  }

  /**
   * The element's Javadoc as generated code repeats it, or null: javac keeps the space after each
   * line's {@code *}, which is removed here once for every generator.
   */
  private String docComment(Element element) {
    String doc = elements.getDocComment(element);
    if (doc == null || doc.isBlank()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (String line : doc.split("\n", -1)) {
      text.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
    }
    return text.toString().strip();
  }

  private static String describe(Element element) {
    switch (element.getKind()) {
      case CLASS:
        return "a class";
      case ENUM:
        return "an enum";
      case RECORD:
        return "a record";
      case ANNOTATION_TYPE:
        return "an annotation type";
      default:
        return "a " + element.getKind().toString().toLowerCase(Locale.ROOT);
    }
  }
}
