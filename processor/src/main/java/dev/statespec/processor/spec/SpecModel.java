package dev.statespec.processor.spec;

import com.palantir.javapoet.ClassName;
import dev.statespec.processor.diagnostics.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Everything the processor knows about one spec, read from its interface; the generators work from
 * this alone. Names that refer to other parts of the spec are kept as {@link Ref}s: validation
 * checks them, and hands the generators only a model whose every name resolves (a spec with errors,
 * its sound part), so generators may resolve them without checks. Built only through {@link
 * #builder} (or {@link #toBuilder}), whose setters name what they set.
 *
 * @param element the spec interface: the position of spec-level errors and the originating element
 *     of every generated file
 * @param specClass the spec interface's name, for calls to its rules
 * @param javadoc the spec's Javadoc, or null
 * @param types the state types in declaration order
 * @param terminal the types the spec lists as terminal
 * @param groups the named groups of types in declaration order (a base's first, each the union of
 *     its declarations)
 * @param namedStates the named states in declaration order
 * @param detailsOrigin the {@code @StateSpec.Details} interface, or null when the spec has none
 * @param detailsJavadoc that interface's Javadoc, or null
 * @param detailsFields the details fields in declaration order
 * @param reset the state fields {@code resetFields()} renews and {@code equals} ignores
 * @param hashKey what {@code hashCode} hashes, empty for everything {@code equals} compares
 * @param countOrder the key order of {@code CountByState}, empty for the types' order
 * @param wireCase how types without a wire value of their own are written: the spec's rule, or
 *     for an extension that states none, its base's
 * @param wireCaseOrigin where the spec itself states its rule, or null when it leaves it out
 * @param wireValues the wire values given type by type (a base's first), in declaration order
 * @param factoryRules the {@code @StateSpec.Factory} rules
 * @param buildRules the {@code @StateSpec.OnBuild} rules
 * @param transitions the entries of the transitions table (a base's first), in declaration order
 * @param transitionsOrigin where the spec (or, when it states none, its nearest base that does)
 *     writes its transitions table, or null when no spec of the chain has one: the spec has a table
 *     exactly when this is not null, however few entries are sound
 * @param transitionRules the {@code @StateSpec.OnTransition} rules (a base's first), in declaration order
 * @param schema what the spec says about its JSON Schema
 * @param declaration the spec interface as written: the facts its checks need, including the parts
 *     left out of this model because nothing could be generated from them
 * @param base the spec it extends, read on its own (and itself merged with its base), or null: the
 *     spec is sound only if its base is, and the rules it inherits are called only if so; in the
 *     sound part, null also when the base has errors, so that nothing generated names its classes
 * @param generatedVisible whether {@code @javax.annotation.processing.Generated} is visible from the
 *     spec's package, so that the generated classes may carry it: always on the class path, in a
 *     named module only if it reads {@code java.compiler}
 */
public record SpecModel(
    TypeElement element,
    ClassName specClass,
    String javadoc,
    List<StateTypeModel> types,
    List<Ref> terminal,
    List<GroupModel> groups,
    List<NamedStateModel> namedStates,
    Origin detailsOrigin,
    String detailsJavadoc,
    List<DetailsFieldModel> detailsFields,
    List<Ref> reset,
    List<Ref> hashKey,
    List<Ref> countOrder,
    WireCase wireCase,
    Origin wireCaseOrigin,
    List<WireValueModel> wireValues,
    List<FactoryRuleModel> factoryRules,
    List<BuildRuleModel> buildRules,
    List<TransitionEntryModel> transitions,
    Origin transitionsOrigin,
    List<TransitionRuleModel> transitionRules,
    SchemaModel schema,
    SpecDeclaration declaration,
    SpecModel base,
    boolean generatedVisible) {

  /**
   * A builder for the model of the spec {@code element}, named {@code specClass}: lists start empty,
   * the wire case {@link WireCase#CONSTANT_NAME}, the schema {@link SchemaModel#EMPTY}, the
   * declaration {@link SpecDeclaration#PLAIN}, {@code @Generated} visible, everything else null.
   *
   * @param element the spec interface
   * @param specClass the spec interface's name
   * @return the builder
   */
  public static Builder builder(TypeElement element, ClassName specClass) {
    return new Builder(element, specClass);
  }

  /**
   * A builder that starts from every part of this model, to build a copy with some parts replaced.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(element, specClass)
        .javadoc(javadoc)
        .types(types)
        .groups(groups)
        .wireCase(wireCase)
        .wireCaseOrigin(wireCaseOrigin)
        .wireValues(wireValues)
        .terminal(terminal)
        .namedStates(namedStates)
        .detailsOrigin(detailsOrigin)
        .detailsJavadoc(detailsJavadoc)
        .detailsFields(detailsFields)
        .reset(reset)
        .hashKey(hashKey)
        .countOrder(countOrder)
        .factoryRules(factoryRules)
        .buildRules(buildRules)
        .transitions(transitions)
        .transitionsOrigin(transitionsOrigin)
        .transitionRules(transitionRules)
        .schema(schema)
        .declaration(declaration)
        .base(base)
        .generatedVisible(generatedVisible);
  }

  /**
   * The names of the classes generated for this spec.
   *
   * @return the names, in the spec's package
   */
  public GeneratedNames names() {
    return new GeneratedNames(specClass.packageName());
  }

  /**
   * Whether the spec has a transitions table: it, or a base it extends, writes one.
   *
   * @return whether {@code StateType.canTransitionTo} and the policy's table check are generated
   */
  public boolean hasTransitionTable() {
    return transitionsOrigin != null;
  }

  /**
   * Whether the spec gets a {@code StatePolicy}: it, or a base it extends, writes a transitions table
   * or marks a method {@code @OnTransition}, sound or not, so that a spec with a mistake in its
   * rules still generates the class the rest of the compile names.
   *
   * @return whether a policy is generated
   */
  public boolean hasPolicy() {
    return hasTransitionTable() || !transitionRules.isEmpty()
        || declaration.methods().stream().anyMatch(SpecDeclaration.Method::onTransition)
        || (base != null && base.hasPolicy());
  }

  /**
   * The spec of the chain that declares {@code owner}'s rules: this spec, or a base it extends.
   *
   * @param owner a spec interface
   * @return its model, as this spec reads it
   */
  public Optional<SpecModel> specOf(ClassName owner) {
    for (SpecModel current = this; current != null; current = current.base()) {
      if (current.specClass().equals(owner)) {
        return Optional.of(current);
      }
    }
    return Optional.empty();
  }

  /**
   * The type called {@code name}, if the spec declares one.
   *
   * @param name a type's constant name
   * @return the type, or empty
   */
  public Optional<StateTypeModel> type(String name) {
    return types.stream().filter(type -> type.name().equals(name)).findFirst();
  }

  /**
   * The group called {@code name}, if the spec declares one.
   *
   * @param name a group's name
   * @return the group, or empty
   */
  public Optional<GroupModel> group(String name) {
    return groups.stream().filter(group -> group.name().equals(name)).findFirst();
  }

  /**
   * The types in {@code CountByState}'s key order.
   *
   * @return the types, the count order's or else the declaration order
   */
  public List<StateTypeModel> typesInCountOrder() {
    if (countOrder.isEmpty()) {
      return types;
    }
    List<StateTypeModel> result = new ArrayList<>();
    for (Ref ref : countOrder) {
      result.add(type(ref.name()).orElseThrow());
    }
    return result;
  }

  /**
   * Whether every type's wire value is its constant's name, as a spec that chooses nothing has it.
   *
   * @return whether JSON writes every type as its constant's name
   */
  public boolean wireValuesAreNames() {
    return types.stream().allMatch(type -> type.wireValue().equals(type.name()));
  }

  /**
   * Whether {@code field} is a reset field.
   *
   * @param field a state field
   * @return whether {@code reset} lists it
   */
  public boolean isReset(StateField field) {
    return reset.stream().anyMatch(ref -> ref.name().equals(field.javaName()));
  }

  /**
   * The factory rule that shapes the factory {@code key} names, if any: a type's factory by the
   * type's constant ({@code AWAITING_APPROVAL}), a named state's by its name ({@code AwaitingApproval}).
   *
   * @param key the factory's key: a type's constant or a named state's name
   * @return the rule, or empty
   */
  public Optional<FactoryRuleModel> factoryRuleFor(String key) {
    for (FactoryRuleModel rule : factoryRules) {
      for (Ref ref : rule.factories()) {
        if (ref.name().equals(key)) {
          return Optional.of(rule);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The build rules that apply to states of {@code type}, in declaration order.
   *
   * @param type a state type
   * @return the rules, possibly none
   */
  public List<BuildRuleModel> buildRulesFor(StateTypeModel type) {
    List<BuildRuleModel> result = new ArrayList<>();
    for (BuildRuleModel rule : buildRules) {
      if (rule.types().stream().anyMatch(ref -> ref.name().equals(type.name()))) {
        result.add(rule);
      }
    }
    return result;
  }

  /** Builds a {@link SpecModel} part by part, each part named, so that no call site passes fifteen values by position. */
  public static final class Builder {

    private final TypeElement element;
    private final ClassName specClass;
    private String javadoc;
    private List<StateTypeModel> types = List.of();
    private List<Ref> terminal = List.of();
    private List<GroupModel> groups = List.of();
    private List<NamedStateModel> namedStates = List.of();
    private Origin detailsOrigin;
    private String detailsJavadoc;
    private List<DetailsFieldModel> detailsFields = List.of();
    private List<Ref> reset = List.of();
    private List<Ref> hashKey = List.of();
    private List<Ref> countOrder = List.of();
    private WireCase wireCase = WireCase.CONSTANT_NAME;
    private Origin wireCaseOrigin;
    private List<WireValueModel> wireValues = List.of();
    private List<FactoryRuleModel> factoryRules = List.of();
    private List<BuildRuleModel> buildRules = List.of();
    private List<TransitionEntryModel> transitions = List.of();
    private Origin transitionsOrigin;
    private List<TransitionRuleModel> transitionRules = List.of();
    private SchemaModel schema = SchemaModel.EMPTY;
    private SpecDeclaration declaration = SpecDeclaration.PLAIN;
    private SpecModel base;
    private boolean generatedVisible = true;

    private Builder(TypeElement element, ClassName specClass) {
      this.element = element;
      this.specClass = specClass;
    }

    /**
     * Sets {@link SpecModel#javadoc()}.
     *
     * @param javadoc the spec's Javadoc, or null
     * @return this builder
     */
    public Builder javadoc(String javadoc) {
      this.javadoc = javadoc;
      return this;
    }

    /**
     * Sets {@link SpecModel#types()}.
     *
     * @param types the state types in declaration order
     * @return this builder
     */
    public Builder types(List<StateTypeModel> types) {
      this.types = types;
      return this;
    }

    /**
     * Sets {@link SpecModel#terminal()}.
     *
     * @param terminal the types the spec lists as terminal
     * @return this builder
     */
    public Builder terminal(List<Ref> terminal) {
      this.terminal = terminal;
      return this;
    }

    /**
     * Sets {@link SpecModel#groups()}.
     *
     * @param groups the named groups of types in declaration order
     * @return this builder
     */
    public Builder groups(List<GroupModel> groups) {
      this.groups = groups;
      return this;
    }

    /**
     * Sets {@link SpecModel#namedStates()}.
     *
     * @param namedStates the named states in declaration order
     * @return this builder
     */
    public Builder namedStates(List<NamedStateModel> namedStates) {
      this.namedStates = namedStates;
      return this;
    }

    /**
     * Sets {@link SpecModel#detailsOrigin()}.
     *
     * @param detailsOrigin the {@code @StateSpec.Details} interface, or null
     * @return this builder
     */
    public Builder detailsOrigin(Origin detailsOrigin) {
      this.detailsOrigin = detailsOrigin;
      return this;
    }

    /**
     * Sets {@link SpecModel#detailsJavadoc()}.
     *
     * @param detailsJavadoc that interface's Javadoc, or null
     * @return this builder
     */
    public Builder detailsJavadoc(String detailsJavadoc) {
      this.detailsJavadoc = detailsJavadoc;
      return this;
    }

    /**
     * Sets {@link SpecModel#detailsFields()}.
     *
     * @param detailsFields the details fields in declaration order
     * @return this builder
     */
    public Builder detailsFields(List<DetailsFieldModel> detailsFields) {
      this.detailsFields = detailsFields;
      return this;
    }

    /**
     * Sets {@link SpecModel#reset()}.
     *
     * @param reset the state fields {@code resetFields()} renews
     * @return this builder
     */
    public Builder reset(List<Ref> reset) {
      this.reset = reset;
      return this;
    }

    /**
     * Sets {@link SpecModel#hashKey()}.
     *
     * @param hashKey what {@code hashCode} hashes, empty for everything {@code equals} compares
     * @return this builder
     */
    public Builder hashKey(List<Ref> hashKey) {
      this.hashKey = hashKey;
      return this;
    }

    /**
     * Sets {@link SpecModel#countOrder()}.
     *
     * @param countOrder the key order of {@code CountByState}, empty for the types' order
     * @return this builder
     */
    public Builder countOrder(List<Ref> countOrder) {
      this.countOrder = countOrder;
      return this;
    }

    /**
     * Sets {@link SpecModel#wireCase()}.
     *
     * @param wireCase how types without a wire value of their own are written
     * @return this builder
     */
    public Builder wireCase(WireCase wireCase) {
      this.wireCase = wireCase;
      return this;
    }

    /**
     * Sets {@link SpecModel#wireCaseOrigin()}.
     *
     * @param wireCaseOrigin where the spec states its wire rule, or null
     * @return this builder
     */
    public Builder wireCaseOrigin(Origin wireCaseOrigin) {
      this.wireCaseOrigin = wireCaseOrigin;
      return this;
    }

    /**
     * Sets {@link SpecModel#wireValues()}.
     *
     * @param wireValues the wire values given type by type
     * @return this builder
     */
    public Builder wireValues(List<WireValueModel> wireValues) {
      this.wireValues = wireValues;
      return this;
    }

    /**
     * Sets {@link SpecModel#factoryRules()}.
     *
     * @param factoryRules the {@code @StateSpec.Factory} rules
     * @return this builder
     */
    public Builder factoryRules(List<FactoryRuleModel> factoryRules) {
      this.factoryRules = factoryRules;
      return this;
    }

    /**
     * Sets {@link SpecModel#buildRules()}.
     *
     * @param buildRules the {@code @StateSpec.OnBuild} rules
     * @return this builder
     */
    public Builder buildRules(List<BuildRuleModel> buildRules) {
      this.buildRules = buildRules;
      return this;
    }

    /**
     * Sets {@link SpecModel#transitions()}.
     *
     * @param transitions the entries of the transitions table
     * @return this builder
     */
    public Builder transitions(List<TransitionEntryModel> transitions) {
      this.transitions = transitions;
      return this;
    }

    /**
     * Sets {@link SpecModel#transitionsOrigin()}.
     *
     * @param transitionsOrigin where the transitions table is written, or null
     * @return this builder
     */
    public Builder transitionsOrigin(Origin transitionsOrigin) {
      this.transitionsOrigin = transitionsOrigin;
      return this;
    }

    /**
     * Sets {@link SpecModel#transitionRules()}.
     *
     * @param transitionRules the {@code @StateSpec.OnTransition} rules
     * @return this builder
     */
    public Builder transitionRules(List<TransitionRuleModel> transitionRules) {
      this.transitionRules = transitionRules;
      return this;
    }

    /**
     * Sets {@link SpecModel#schema()}.
     *
     * @param schema what the spec says about its JSON Schema
     * @return this builder
     */
    public Builder schema(SchemaModel schema) {
      this.schema = schema;
      return this;
    }

    /**
     * Sets {@link SpecModel#declaration()}.
     *
     * @param declaration the spec interface as written
     * @return this builder
     */
    public Builder declaration(SpecDeclaration declaration) {
      this.declaration = declaration;
      return this;
    }

    /**
     * Sets {@link SpecModel#base()}.
     *
     * @param base the spec it extends, or null
     * @return this builder
     */
    public Builder base(SpecModel base) {
      this.base = base;
      return this;
    }

    /**
     * Sets {@link SpecModel#generatedVisible()}.
     *
     * @param generatedVisible whether {@code @Generated} is visible from the spec's package
     * @return this builder
     */
    public Builder generatedVisible(boolean generatedVisible) {
      this.generatedVisible = generatedVisible;
      return this;
    }

    /**
     * The model of the parts set, the others as {@link #builder} left them.
     *
     * @return the model
     */
    public SpecModel build() {
      return new SpecModel(element, specClass, javadoc, types, terminal, groups, namedStates, detailsOrigin,
          detailsJavadoc, detailsFields, reset, hashKey, countOrder, wireCase, wireCaseOrigin, wireValues,
          factoryRules, buildRules, transitions, transitionsOrigin, transitionRules, schema, declaration, base,
          generatedVisible);
    }
  }
}
