package dev.statespec.benchmarks.immutables;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;

/** The Immutables variant's shared mapper, which its {@code ormDict} converts through too. */
public final class ImmutablesJson {

  public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

  static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private ImmutablesJson() {}
}
