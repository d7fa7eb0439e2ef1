/**
 * A user's application as a named module: its spec, the classes statespec generates from it and
 * Prefect's states, all run on the module path.
 */
module com.example.orders {
  // statespec's runtime; it brings the spec annotations and Jackson's annotations along.
  requires dev.statespec.runtime;
  // Prefect's states: statespec-prefect is an automatic module, hence -Xlint:-requires-automatic.
  requires dev.statespec.prefect;
  // This application's own JSON mapping.
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  // Jackson builds the generated classes through their private JSON creators.
  opens com.example.orders to com.fasterxml.jackson.databind;
}
