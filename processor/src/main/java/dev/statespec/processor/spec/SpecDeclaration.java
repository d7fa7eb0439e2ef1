package dev.statespec.processor.spec;

import dev.statespec.processor.diagnostics.Origin;
import java.util.List;

/**
 * A spec interface as written, beyond what the model proper holds: the facts that the checks in
 * {@code validate} need, including the parts the model leaves out because nothing could be
 * generated from them (a second details type, a rule the generated code cannot call, a field of a
 * type statespec cannot store). The reader records these facts and reports nothing; validation
 * judges them.
 *
 * @param kind what the annotated type is, in its author's words: {@code "an interface"}, {@code "a class"}
 * @param isInterface whether it is an interface, as a spec must be
 * @param isPublic whether it is public
 * @param generic whether it declares type parameters
 * @param hiddenIn the simple name of the nearest type around it that is not public, or null
 * @param baseSpecs the simple names of the specs it extends, in declaration order: the first is its base
 * @param otherSupertypes the qualified names of the interfaces it extends that are no spec
 * @param cycle when the specs it extends lead back to it, their qualified names from the spec read
 *     first; empty otherwise (and then its bases are read)
 * @param detailsTypes every nested type marked {@code @StateSpec.Details}, in declaration order
 * @param methods every method the spec declares, in declaration order
 * @param detailsMethods every abstract method of the details interface, in declaration order
 */
public record SpecDeclaration(
    String kind,
    boolean isInterface,
    boolean isPublic,
    boolean generic,
    String hiddenIn,
    List<String> baseSpecs,
    List<String> otherSupertypes,
    List<String> cycle,
    List<DetailsType> detailsTypes,
    List<Method> methods,
    List<DetailsMethod> detailsMethods) {

  /** A public, non-generic interface that extends nothing and declares nothing: a model not read from source. */
  public static final SpecDeclaration PLAIN = new SpecDeclaration("an interface", true, true, false, null,
      List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  /**
   * A nested type marked {@code @StateSpec.Details}. The first that is an interface is the spec's
   * details interface.
   *
   * @param name its simple name
   * @param kind what it is, in its author's words: {@code "an interface"}, {@code "a class"}
   * @param isInterface whether it is an interface
   * @param origin the type
   */
  public record DetailsType(String name, String kind, boolean isInterface, Origin origin) {}

  /**
   * A method the spec declares, as far as telling a rule, a helper and a mistake apart needs it. A
   * rule the generated code can call becomes a {@link FactoryRuleModel}, {@link BuildRuleModel} or
   * {@link TransitionRuleModel}.
   *
   * @param name its name
   * @param isAbstract whether it is abstract: neither static nor default
   * @param factory whether it carries {@code @StateSpec.Factory}
   * @param onBuild whether it carries {@code @StateSpec.OnBuild}
   * @param onTransition whether it carries {@code @StateSpec.OnTransition}
   * @param isStatic whether it is static
   * @param isPrivate whether it is private
   * @param generic whether it declares type parameters
   * @param parameterCount how many parameters it takes
   * @param takesDetails whether its first parameter is the generated {@code StateDetails}
   * @param returnsDetails whether it returns the generated {@code StateDetails}
   * @param takesStates whether it takes two parameters, each the generated {@code State}
   * @param returnsDecision whether it returns {@code TransitionDecision<State>} of the generated {@code State}
   * @param signature its parameter types and return type as written, for messages: {@code (String) returns void}
   * @param origin the method
   */
  public record Method(
      String name,
      boolean isAbstract,
      boolean factory,
      boolean onBuild,
      boolean onTransition,
      boolean isStatic,
      boolean isPrivate,
      boolean generic,
      int parameterCount,
      boolean takesDetails,
      boolean returnsDetails,
      boolean takesStates,
      boolean returnsDecision,
      String signature,
      Origin origin) {

    /**
     * Whether it is meant as a rule: it carries {@code @Factory}, {@code @OnBuild} or {@code @OnTransition}.
     *
     * @return whether it is a rule
     */
    public boolean isRule() {
      return factory || onBuild || onTransition;
    }

    /**
     * Whether it is meant as a rule of the details, {@code @Factory} or {@code @OnBuild}, and of
     * nothing else: a method also marked {@code @OnTransition} is a mistake of its own.
     *
     * @return whether it is a details rule
     */
    public boolean isDetailsRule() {
      return (factory || onBuild) && !onTransition;
    }

    /**
     * Whether its signature is a transition rule's, {@code TransitionDecision<State> name(State, State)}.
     *
     * @return whether the signature fits
     */
    public boolean hasTransitionSignature() {
      return takesStates && returnsDecision;
    }

    /**
     * Whether it is a transition rule the generated policy can call: marked {@code @OnTransition}
     * alone, static, not private, not generic, rightly shaped.
     *
     * @return whether it is callable
     */
    public boolean isCallableTransitionRule() {
      return onTransition && !factory && !onBuild && isStatic && !isPrivate && !generic && hasTransitionSignature();
    }

    /**
     * Whether its signature is a rule's, {@code StateDetails name(StateDetails details, ...)}, with
     * the details alone for an {@code @OnBuild} rule, which the generated builders call as it is.
     *
     * @return whether the signature fits
     */
    public boolean hasRuleSignature() {
      return takesDetails && returnsDetails && (!onBuild || parameterCount == 1);
    }

    /**
     * Whether it is a rule the generated code can call: static, not private, not generic, rightly shaped.
     *
     * @return whether it is callable
     */
    public boolean isCallableRule() {
      return isDetailsRule() && isStatic && !isPrivate && !generic && hasRuleSignature();
    }
  }

  /**
   * An abstract method of the details interface, which declares a field if statespec can read it.
   *
   * @param name its name
   * @param parameterCount how many parameters it takes, where an accessor takes none
   * @param unsupportedType its return type as written, when statespec cannot store it; null otherwise
   * @param hiddenType the enum in its type that the generated classes cannot see, or null
   * @param origin the method
   */
  public record DetailsMethod(String name, int parameterCount, String unsupportedType, String hiddenType,
      Origin origin) {

    /**
     * Whether it declares a details field: a parameterless accessor of a supported type the generated
     * code sees.
     *
     * @return whether it is a field
     */
    public boolean isField() {
      return parameterCount == 0 && unsupportedType == null && hiddenType == null;
    }
  }
}
