package dev.statespec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FieldMap} behaves exactly as a {@link LinkedHashMap} filled in the same order. */
class FieldMapTest {

  private static final String[] KEYS = {"id", "type", "name", "timestamp", "message", "state_details"};

  @Test
  void readsLikeALinkedHashMap() {
    FieldMap map = new FieldMap(KEYS, new Object[] {1, "RUNNING", null, 4L, "m", Map.of()});
    Map<String, Object> expected = linked(1, "RUNNING", null, 4L, "m", Map.of());

    assertEquals(expected, map);
    assertEquals(map, expected);
    assertEquals(expected.hashCode(), map.hashCode());
    assertEquals(expected.toString(), map.toString());
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(map.keySet()));
    assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(map.values()));
    assertEquals(6, map.size());
    assertEquals(true, map.containsKey("name"));
    assertEquals(null, map.get("name"));
    assertEquals(false, map.containsKey("data"));
    assertEquals(true, map.containsValue(4L));
  }

  @Test
  void randomOperationsMatchALinkedHashMap() {
    SplittableRandom random = new SplittableRandom(42);
    String[] candidates = {"id", "type", "name", "timestamp", "message", "state_details", "data", "extra"};
    for (int round = 0; round < 2_000; round++) {
      Object[] values = {random.nextInt(5), "T", null, random.nextInt(3), "m", "d"};
      FieldMap map = new FieldMap(KEYS, values.clone());
      Map<String, Object> expected = linked(values);
      for (int step = 0; step < 12; step++) {
        String key = candidates[random.nextInt(candidates.length)];
        Object value = random.nextInt(4) == 0 ? null : random.nextInt(10);
        switch (random.nextInt(7)) {
          case 0, 1 -> assertEquals(expected.put(key, value), map.put(key, value), "put " + key);
          case 2 -> assertEquals(expected.remove(key), map.remove(key), "remove " + key);
          case 3 -> {
            Iterator<Map.Entry<String, Object>> want = expected.entrySet().iterator();
            Iterator<Map.Entry<String, Object>> got = map.entrySet().iterator();
            while (want.hasNext()) {
              Map.Entry<String, Object> a = want.next();
              Map.Entry<String, Object> b = got.next();
              assertEquals(a, b);
              if (a.getKey().equals(key)) {
                want.remove();
                got.remove();
              }
            }
            assertEquals(false, got.hasNext());
          }
          case 4 -> {
            for (Map.Entry<String, Object> entry : map.entrySet()) {
              if (entry.getKey().equals(key)) {
                entry.setValue(value);
              }
            }
            for (Map.Entry<String, Object> entry : expected.entrySet()) {
              if (entry.getKey().equals(key)) {
                entry.setValue(value);
              }
            }
          }
          case 5 -> assertEquals(expected.get(key), map.get(key));
          default -> {
            if (random.nextInt(10) == 0) {
              expected.clear();
              map.clear();
            }
          }
        }
        assertEquals(expected, map);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(map.keySet()), "order");
        assertEquals(expected.size(), map.size());
        assertEquals(expected.hashCode(), map.hashCode());
      }
    }
  }

  @Test
  void aNewKeyWhileIteratingIsAConcurrentModification() {
    FieldMap map = new FieldMap(KEYS, new Object[] {1, 2, 3, 4, 5, 6});
    Iterator<Map.Entry<String, Object>> iterator = map.entrySet().iterator();
    iterator.next();
    map.put("data", 7);

    assertThrows(ConcurrentModificationException.class, iterator::hasNext);
  }

  @Test
  void keysAndValuesMustPair() {
    assertThrows(IllegalArgumentException.class, () -> new FieldMap(KEYS, new Object[5]));
  }

  private static Map<String, Object> linked(Object... values) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.length; i++) {
      map.put(KEYS[i], values[i]);
    }
    return map;
  }
}
