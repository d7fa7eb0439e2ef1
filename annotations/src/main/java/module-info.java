/**
 * The spec vocabulary: {@link dev.statespec.annotations.StateSpec @StateSpec} and its nested
 * annotations, read by the statespec processor at compile time (class retention, so never needed at
 * run time).
 */
module dev.statespec.annotations {
  exports dev.statespec.annotations;
}
