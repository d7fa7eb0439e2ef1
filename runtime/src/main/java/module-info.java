/**
 * What the classes statespec generates run against. A module that reads it reads, through it, the
 * three modules a spec and its generated classes name: the spec annotations, Jackson's annotations
 * and JSpecify's; {@code requires dev.statespec.runtime;} is all a spec's module needs of statespec.
 */
module dev.statespec.runtime {
  requires transitive dev.statespec.annotations;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive org.jspecify;

  exports dev.statespec.runtime;
}
