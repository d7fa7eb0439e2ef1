package dev.statespec.examples.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Builds the Jackson mappers the examples' tests use and writes, reads and inspects JSON with them. */
public final class JsonSupport {

  /** The mapper of {@link #write(Object)} and {@link #read(String, Class)}; never handed out, so never changed. */
  private static final ObjectMapper MAPPER = mapper();

  /** Reads trees with Jackson's defaults. */
  private static final ObjectMapper TREES = new ObjectMapper();

  /** Reads trees keeping every digit of a decimal, so that {@code 12.50} stays {@code 12.50}. */
  private static final ObjectMapper EXACT_TREES = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private JsonSupport() {}

  /** A new mapper as the contract promises to work with: the JSR-310 module, Jackson's defaults otherwise. */
  public static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule());
  }

  /** A new {@link #mapper()} whose default inclusion drops nulls, as many applications configure theirs. */
  public static ObjectMapper nonNullMapper() {
    ObjectMapper mapper = mapper();
    mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    return mapper;
  }

  /** {@code value} as JSON text, written by {@link #mapper() the contract's mapper}. */
  public static String write(Object value) {
    return write(MAPPER, value);
  }

  /** {@code value} as JSON text, written by {@code mapper}. */
  public static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code json} read as {@code type} by {@link #mapper() the contract's mapper}; throws what Jackson
   * throws, so that a test can assert on the exception.
   */
  public static <T> T read(String json, Class<T> type) throws IOException {
    return read(MAPPER, json, type);
  }

  /** {@code json} read as {@code type} by {@code mapper}; throws what Jackson throws. */
  public static <T> T read(ObjectMapper mapper, String json, Class<T> type) throws IOException {
    return mapper.readValue(json, type);
  }

  /** The JSON tree of {@code json}, for checks that must not depend on how a mapper binds values. */
  public static JsonNode tree(String json) {
    return tree(TREES, json);
  }

  /** The JSON tree of {@code json} with every decimal a {@code BigDecimal} of all its digits. */
  public static JsonNode exactTree(String json) {
    return tree(EXACT_TREES, json);
  }

  /** The JSON tree of {@code json}, which must be an object. */
  public static ObjectNode objectTree(String json) {
    return (ObjectNode) tree(json);
  }

  /** {@code node} as indented JSON text, for failure messages. */
  public static String pretty(JsonNode node) {
    try {
      return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The field names of an object node, in document order. */
  public static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      keys.add(names.next());
    }
    return keys;
  }

  private static JsonNode tree(ObjectMapper reader, String json) {
    try {
      return reader.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
