package dev.statespec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The decisions transition rules return, the results a policy builds from them, and the exception. */
class TransitionsTest {

  enum Kind implements StateKind {
    OPEN, DONE;

    @Override
    public boolean isTerminal() {
      return this == DONE;
    }

    @Override
    public String defaultName() {
      return name();
    }
  }

  record Item(Kind type) implements StateValue<Kind> {
    @Override
    public UUID id() {
      return new UUID(0, type.ordinal());
    }

    @Override
    public String name() {
      return type.defaultName();
    }

    @Override
    public Instant timestamp() {
      return Instant.EPOCH;
    }

    @Override
    public String message() {
      return null;
    }

    @Override
    public Object data() {
      return null;
    }

    @Override
    public Map<String, Object> ormDict() {
      return Map.of();
    }

    @Override
    public Map<String, Object> toMap() {
      return Map.of();
    }
  }

  private static final Item OPEN = new Item(Kind.OPEN);
  private static final Item DONE = new Item(Kind.DONE);

  @Test
  void acceptIsOneSharedDecisionAboutNoState() {
    TransitionDecision<Item> accept = TransitionDecision.accept();
    assertSame(accept, TransitionDecision.<Item>accept());
    assertTrue(accept.isAccepted());
    assertNull(accept.state());
    assertNull(accept.reason());
    assertSame(DONE, accept.stateOr(DONE));
    assertSame(accept, accept.withState(null), "an accepting decision about no state stays the shared one");
  }

  @Test
  void eachDecisionSaysItsStatusStateAndReason() {
    assertEquals(TransitionStatus.ACCEPTED, TransitionDecision.acceptWith(DONE).status());
    assertSame(DONE, TransitionDecision.acceptWith(DONE).state());
    TransitionDecision<Item> reject = TransitionDecision.reject("no");
    assertEquals(TransitionStatus.REJECTED, reject.status());
    assertFalse(reject.isAccepted());
    assertEquals("no", reject.reason());
    assertEquals("REJECTED: no", reject.toString());
    TransitionDecision<Item> instead = TransitionDecision.rejectWith(OPEN, "later");
    assertSame(OPEN, instead.state());
    assertEquals(TransitionStatus.ABORTED, TransitionDecision.abort("gone").status());
    assertThrows(NullPointerException.class, () -> TransitionDecision.reject(null));
    assertThrows(NullPointerException.class, () -> TransitionDecision.rejectWith(null, "x"));
    assertThrows(NullPointerException.class, () -> TransitionDecision.acceptWith(null));
    assertEquals(TransitionDecision.rejectWith(DONE, "later"), instead.withState(DONE));
  }

  @Test
  void aRefusalKeepsTheInitialStateUnlessTheRuleProposesAnother() {
    TransitionResult<Item> rejected = TransitionResult.refused(TransitionDecision.reject("no"), OPEN, "Spec.rule");
    assertEquals(TransitionStatus.REJECTED, rejected.status());
    assertSame(OPEN, rejected.state());
    assertEquals("no", rejected.reason());
    assertEquals("Spec.rule", rejected.rule());
    assertEquals("REJECTED by Spec.rule: no", rejected.toString());

    TransitionResult<Item> instead = TransitionResult.refused(TransitionDecision.rejectWith(DONE, "x"), OPEN, "S.r");
    assertSame(DONE, instead.state());

    TransitionResult<Item> aborted = TransitionResult.refused(TransitionDecision.abort("gone"), null, "S.r");
    assertEquals(TransitionStatus.ABORTED, aborted.status());
    assertNull(aborted.state(), "a first state that was aborted leaves no state");

    assertThrows(IllegalArgumentException.class,
        () -> TransitionResult.refused(TransitionDecision.<Item>accept(), OPEN, "S.r"));
  }

  @Test
  void anAcceptedResultHasItsStateAndNoReasonOrRule() {
    TransitionResult<Item> accepted = TransitionResult.accepted(DONE);
    assertTrue(accepted.isAccepted());
    assertSame(DONE, accepted.state());
    assertNull(accepted.reason());
    assertNull(accepted.rule());
    assertSame(DONE, accepted.orThrow());
    assertEquals(TransitionResult.accepted(DONE), accepted);
    assertEquals("ACCEPTED", accepted.toString());
  }

  @Test
  void theExceptionNamesTheRuleAndTheReason() {
    TransitionResult<Item> rejected = TransitionResult.rejected(OPEN, "the table does not let OPEN go to OPEN",
        "Spec.transitions");
    TransitionRejectedException thrown = assertThrows(TransitionRejectedException.class, rejected::orThrow);
    assertEquals("Spec.transitions rejected the transition: the table does not let OPEN go to OPEN",
        thrown.getMessage());
    assertSame(rejected, thrown.result());
    assertEquals("Spec.transitions", thrown.rule());
    assertFalse(thrown.isAborted());

    TransitionRejectedException aborted = assertThrows(TransitionRejectedException.class,
        () -> TransitionResult.refused(TransitionDecision.<Item>abort("gone"), OPEN, "Spec.rule").orThrow());
    assertEquals("Spec.rule aborted the transition: gone", aborted.getMessage());
    assertTrue(aborted.isAborted());
    assertEquals("gone", aborted.reason());

    assertThrows(IllegalArgumentException.class, () -> new TransitionRejectedException(TransitionResult.accepted(OPEN)));
  }
}
