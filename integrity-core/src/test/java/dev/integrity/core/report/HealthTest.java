package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.integrity.core.diff.Difference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthTest {

  @Test
  void greenUnderFiveNonCritical() {
    assertEquals(Health.GREEN, Health.of(List.of()));
    assertEquals(Health.GREEN, Health.of(Collections.nCopies(4, SampleRun.AMOUNT_TYPE)));
  }

  @Test
  void yellowFromFiveToTwentyNonCritical() {
    assertEquals(Health.YELLOW, Health.of(Collections.nCopies(5, SampleRun.EXTRA_LEGACY)));
    assertEquals(Health.YELLOW, Health.of(Collections.nCopies(20, SampleRun.INVOICE_INDEX)));
  }

  @Test
  void redWithAnyCriticalOrMoreThanTwentyOthers() {
    assertEquals(Health.RED, Health.of(List.of(SampleRun.MISSING_NOTE)));
    List<Difference> fewOthersAndOneCritical = new ArrayList<>(Collections.nCopies(2, SampleRun.EXTRA_LEGACY));
    fewOthersAndOneCritical.add(SampleRun.MISSING_NOTE);
    assertEquals(Health.RED, Health.of(fewOthersAndOneCritical));
    assertEquals(Health.RED, Health.of(Collections.nCopies(21, SampleRun.EXTRA_LEGACY)));
  }

  @Test
  void aFailingRunIsRedWhateverItsCountsAndAPassingOneKeepsTheScore() {
    List<Difference> one = List.of(SampleRun.AMOUNT_TYPE);
    assertEquals(Health.RED, Health.of(new RunSummary(one, true, null, 0, 0, java.util.Map.of())));
    assertEquals(Health.GREEN, Health.of(new RunSummary(one, false, null, 0, 0, java.util.Map.of())));
    assertEquals(Health.RED, Health.of(new RunSummary(List.of(SampleRun.MISSING_NOTE), false, null, 0, 0, java.util.Map.of())));
  }
}
