package dev.statespec.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ordered, mutable map that generated {@code toMap()} and {@code ormDict()} return: a value's
 * fields under their JSON names, in declaration order.
 *
 * <p>It behaves as a {@link LinkedHashMap} in insertion order would, but holds the values in one
 * array beside a key array shared by every map of the same class, instead of an entry object per
 * field: a state's {@code ormDict()} is made on every write to a database, and most of its cost
 * used to be those entries. Reading, replacing and removing values keep that form; the first new
 * key (or a removed key put back, which moves to the end) copies the map into a real {@code
 * LinkedHashMap}, which takes over from then on.
 *
 * <p>Not thread-safe, as {@code LinkedHashMap} is not.
 */
public final class FieldMap extends AbstractMap<String, @Nullable Object> {

  /** Marks a removed field in {@link #values}. */
  private static final Object ABSENT = new Object();

  private final String[] keys;
  /** The values by index, {@link #ABSENT} for a removed one; null once the map is inflated. */
  private @Nullable Object @Nullable [] values;
  private int removed;
  private @Nullable LinkedHashMap<String, @Nullable Object> inflated;

  /**
   * A map of {@code keys[i]} to {@code values[i]}, in that order. The map keeps both arrays: the
   * keys must not change afterwards (generated classes share one constant array), and the values
   * array must be the caller's fresh one.
   *
   * @param keys the JSON names, in order; shared, not copied
   * @param values the value of each key, at its index; kept, not copied
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public FieldMap(String[] keys, @Nullable Object[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException(keys.length + " keys but " + values.length + " values");
    }
    this.keys = keys;
    this.values = values;
  }

  @Override
  public int size() {
    return inflated != null ? inflated.size() : keys.length - removed;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    if (inflated != null) {
      return inflated.containsKey(key);
    }
    int index = indexOf(key);
    return index >= 0 && values[index] != ABSENT;
  }

  @Override
  public @Nullable Object get(@Nullable Object key) {
    if (inflated != null) {
      return inflated.get(key);
    }
    int index = indexOf(key);
    return index >= 0 && values[index] != ABSENT ? values[index] : null;
  }

  @Override
  public @Nullable Object put(String key, @Nullable Object value) {
    if (inflated == null) {
      int index = indexOf(key);
      if (index >= 0 && values[index] != ABSENT) {
        Object previous = values[index];
        values[index] = value;
        return previous;
      }
      inflate();
    }
    return inflated.put(key, value);
  }

  @Override
  public @Nullable Object remove(@Nullable Object key) {
    if (inflated != null) {
      return inflated.remove(key);
    }
    int index = indexOf(key);
    if (index < 0 || values[index] == ABSENT) {
      return null;
    }
    Object previous = values[index];
    values[index] = ABSENT;
    removed++;
    return previous;
  }

  @Override
  public void clear() {
    if (inflated != null) {
      inflated.clear();
    } else {
      Arrays.fill(values, ABSENT);
      removed = keys.length;
    }
  }

  @Override
  public Set<Map.Entry<String, @Nullable Object>> entrySet() {
    return inflated != null ? inflated.entrySet() : new Fields();
  }

  private int indexOf(@Nullable Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == key) { // generated code and JSON readers usually pass the very constant
        return i;
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private void inflate() {
    LinkedHashMap<String, @Nullable Object> map = new LinkedHashMap<>(Math.max(16, keys.length * 2));
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != ABSENT) {
        map.put(keys[i], values[i]);
      }
    }
    inflated = map;
    values = null;
  }

  /** The entries while the map is in its array form; a structural change after that ends them. */
  private final class Fields extends AbstractSet<Map.Entry<String, @Nullable Object>> {

    @Override
    public int size() {
      return FieldMap.this.size();
    }

    @Override
    public Iterator<Map.Entry<String, @Nullable Object>> iterator() {
      return new Iterator<>() {
        private int next = skipAbsent(0);
        private int last = -1;

        @Override
        public boolean hasNext() {
          checkArrayForm();
          return next < keys.length;
        }

        @Override
        public Map.Entry<String, @Nullable Object> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          last = next;
          next = skipAbsent(next + 1);
          return new Field(last);
        }

        @Override
        public void remove() {
          checkArrayForm();
          if (last < 0 || values[last] == ABSENT) {
            throw new IllegalStateException();
          }
          values[last] = ABSENT;
          removed++;
        }
      };
    }

    private int skipAbsent(int from) {
      int index = from;
      while (index < keys.length && values[index] == ABSENT) {
        index++;
      }
      return index;
    }
  }

  /** One field, writing through to the map while it is in its array form. */
  private final class Field implements Map.Entry<String, @Nullable Object> {

    private final int index;

    Field(int index) {
      this.index = index;
    }

    @Override
    public String getKey() {
      return keys[index];
    }

    @Override
    public @Nullable Object getValue() {
      checkArrayForm();
      return values[index] == ABSENT ? null : values[index];
    }

    @Override
    public @Nullable Object setValue(@Nullable Object value) {
      checkArrayForm();
      Object previous = values[index];
      values[index] = value;
      return previous;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Map.Entry<?, ?> entry
          && getKey().equals(entry.getKey())
          && Objects.equals(getValue(), entry.getValue());
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }

  private void checkArrayForm() {
    if (inflated != null) {
      throw new ConcurrentModificationException("a new key was put while iterating");
    }
  }
}
