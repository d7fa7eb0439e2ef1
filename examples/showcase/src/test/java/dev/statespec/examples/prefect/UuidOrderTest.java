package dev.statespec.examples.prefect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statespec.runtime.UuidV7;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The ids of states built concurrently: version 7 UUIDs, unique, ordered by creation within a thread,
 * and across threads by millisecond: ids made once the clock has passed the time of every earlier id
 * sort after them all. (Within a millisecond, ids of different threads may sort in either order.)
 */
class UuidOrderTest {

  private static final int THREADS = 8;
  private static final int PER_THREAD = 2_000;

  /** Orders UUIDs as their bytes read: unsigned, most significant half first (RFC 9562 order). */
  private static final Comparator<UUID> BYTE_ORDER = (a, b) -> {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  };

  /** Builds states on THREADS threads at once (released together); returns each thread's ids in order. */
  private static List<List<UUID>> buildConcurrently(ExecutorService pool) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<UUID>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Callable<List<UUID>> task = () -> {
        start.await();
        List<UUID> ids = new ArrayList<>(PER_THREAD);
        for (int i = 0; i < PER_THREAD; i++) {
          // alternate the construction paths: builder, factory, copies
          State state;
          switch ((thread + i) % 4) {
            case 0:
              state = State.builder(StateType.RUNNING).build();
              break;
            case 1:
              state = States.completed();
              break;
            case 2:
              state = States.scheduled().freshCopy();
              break;
            default:
              state = States.failed().resetFields();
              break;
          }
          ids.add(state.id());
        }
        return ids;
      };
      futures.add(pool.submit(task));
    }
    start.countDown();
    List<List<UUID>> result = new ArrayList<>();
    for (Future<List<UUID>> future : futures) {
      result.add(future.get(2, TimeUnit.MINUTES));
    }
    return result;
  }

  @Test
  void idsOfStatesBuiltConcurrentlyAreUniqueOrderedVersion7() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<List<UUID>> first = buildConcurrently(pool);
      // The second round starts once the clock has passed the time of every id of the first (which a
      // counter run out within a millisecond may have carried ahead of the clock).
      UUID maxFirst = first.stream().flatMap(List::stream).max(BYTE_ORDER).orElseThrow();
      long firstMillis = UuidV7.timestampMillis(maxFirst);
      while (System.currentTimeMillis() <= firstMillis) {
        Thread.sleep(1);
      }
      List<List<UUID>> second = buildConcurrently(pool);

      Set<UUID> all = new HashSet<>();
      for (List<List<UUID>> round : List.of(first, second)) {
        for (List<UUID> ids : round) {
          assertEquals(PER_THREAD, ids.size());
          for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            assertEquals(7, id.version(), id.toString());
            assertEquals(2, id.variant(), id.toString());
            if (i > 0) {
              assertTrue(BYTE_ORDER.compare(ids.get(i - 1), id) < 0,
                  "ids of one thread must increase: " + ids.get(i - 1) + " then " + id);
            }
          }
          all.addAll(ids);
        }
      }
      assertEquals(2 * THREADS * PER_THREAD, all.size(), "every id is unique");

      UUID minSecond = second.stream().flatMap(List::stream).min(BYTE_ORDER).orElseThrow();
      assertTrue(BYTE_ORDER.compare(maxFirst, minSecond) < 0,
          "ids made in a later millisecond sort after the earlier ones: " + maxFirst + " vs " + minSecond);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void idsSortInCreationOrderOnOneThread() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(States.running().id());
    }
    List<UUID> sorted = new ArrayList<>(ids);
    sorted.sort(BYTE_ORDER);
    assertEquals(ids, sorted);
    assertEquals(ids.size(), new HashSet<>(ids).size());
  }
}
