package dev.statespec.examples.prefect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statespec.examples.prefect.RandomStates;
import dev.statespec.examples.prefect.State;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers on several threads, sharing one repository over one SQLite file, lose nothing: every row
 * is there afterwards, and equal to what was written. Readers run alongside them.
 */
class ConcurrentWritersTest {

  private static final int WRITERS = 8;
  private static final int STATES_PER_WRITER = 60;
  private static final int BATCH = 6;

  @TempDir
  Path directory;

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    FlowRunStateRepository repository =
        new FlowRunStateRepository(FlowRunStateRepository.sqliteFile(directory.resolve("states.db")));
    repository.createTable();

    List<List<State>> perWriter = new ArrayList<>();
    for (int writer = 0; writer < WRITERS; writer++) {
      perWriter.add(RandomStates.states(RandomStates.SEED + 100 + writer, STATES_PER_WRITER));
    }

    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int writer = 0; writer < WRITERS; writer++) {
      List<State> states = perWriter.get(writer);
      boolean oneByOne = writer % 2 == 0;
      tasks.add(() -> {
        start.await();
        if (oneByOne) {
          for (State state : states) {
            repository.save(state);
          }
        } else {
          for (int from = 0; from < states.size(); from += BATCH) {
            repository.saveAll(states.subList(from, Math.min(states.size(), from + BATCH)));
          }
        }
        return states.size();
      });
    }
    for (int reader = 0; reader < 2; reader++) {
      tasks.add(() -> {
        start.await();
        for (int i = 0; i < 20; i++) {
          repository.findAll(false);
        }
        return 0;
      });
    }

    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (Callable<Integer> task : tasks) {
        futures.add(pool.submit(task));
      }
      start.countDown();
      int written = 0;
      for (Future<Integer> future : futures) {
        written += future.get(); // rethrows any writer's or reader's failure
      }
      assertEquals(WRITERS * STATES_PER_WRITER, written);
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    List<State> expected = perWriter.stream().flatMap(List::stream).collect(Collectors.toList());
    assertEquals(expected.size(), repository.count());
    Map<UUID, State> stored = repository.findAll(true).stream()
        .collect(Collectors.toMap(State::id, Function.identity()));
    assertEquals(expected.size(), stored.size());
    for (State state : expected) {
      State read = stored.get(state.id());
      assertEquals(state.toMap(), read == null ? null : read.toMap(), "state " + state.id());
    }
  }
}
