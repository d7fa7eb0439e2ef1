package dev.statespec.processor.spec;

import dev.statespec.processor.diagnostics.Origin;

/**
 * A name a spec uses to refer to something it declares elsewhere (a state type, a named state, a
 * field), kept with where it was written until validation resolves it.
 *
 * @param name the name as written
 * @param origin where it was written
 */
public record Ref(String name, Origin origin) {}
