package dev.statespec.processor.spec;

import dev.statespec.processor.diagnostics.Origin;
import java.util.List;

/**
 * One entry of a spec's transitions table, {@code @Allow(from = ..., to = ...)}: a state of a type
 * {@code from} names may be followed by a state of a type {@code to} names.
 *
 * @param from the types before, groups and {@code StateSpec.START} as written
 * @param to the types after, groups as written
 * @param fromOrigin where {@code from} is written, as a whole
 * @param toOrigin where {@code to} is written, as a whole
 * @param origin the {@code @Allow} annotation
 */
public record TransitionEntryModel(List<Ref> from, List<Ref> to, Origin fromOrigin, Origin toOrigin, Origin origin) {

  /**
   * This entry with other references, the sound ones of validation.
   *
   * @param from the types before
   * @param to the types after
   * @return the entry
   */
  public TransitionEntryModel withRefs(List<Ref> from, List<Ref> to) {
    return new TransitionEntryModel(from, to, fromOrigin, toOrigin, origin);
  }
}
