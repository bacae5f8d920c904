package dev.integrity.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.observe.ChangeSetObservation;
import dev.integrity.core.observe.StatementObservation;
import dev.integrity.core.observe.StatementObservation.TableName;
import dev.integrity.core.support.RecordingLog;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The observer runs the new changeSets over tables that hold synthetic rows ({@code fixtures/lint/observed/populated.sql},
 * no row inserted by the changelog itself): a table the rows do not fit stays empty, and a changeSet the rows refuse ends
 * the observation without failing.
 */
class PopulatedObservationTest extends ObservedRuleTest {

  private static final TableName CUSTOMER = new TableName("public", "customer");
  private static final RecordingLog LOG = new RecordingLog();
  private static List<ChangeSetObservation> observations;

  @BeforeAll
  static void observe() {
    observations = observed("populated.sql", LOG).observed();
  }

  @Test
  void aBackfillWritesTheSyntheticRowsOfAnExistingTableAndItsRateIsMeasuredOnThem() {
    List<StatementObservation> backfill = observations.get(0).statements();
    assertTrue(observations.get(0).changeSet().endsWith("::2-backfill::test"), observations.get(0).changeSet());
    StatementObservation update = backfill.get(1);
    assertEquals(List.of(CUSTOMER), update.written(), "an UPDATE of an empty table writes no row");
    assertEquals(LintFixtures.ROWS, update.measured().rows());
    assertTrue(update.measured().nanos() > 0);
    assertNull(backfill.get(0).measured(), "adding a nullable column touches no row");
  }

  @Test
  void aTableTheSyntheticRowsDoNotFitIsObservedEmptyAndSaidOnce() {
    StatementObservation drawing = observations.get(0).statements().get(2);
    assertEquals(List.of(), drawing.written());
    assertNull(drawing.measured());
    List<String> said = LOG.lines().stream().filter(line -> line.contains("observed empty")).toList();
    assertEquals(1, said.size(), LOG.lines().toString());
    assertTrue(said.get(0).contains("1 of 2 tables") && said.get(0).contains("public.drawing"), said.get(0));
  }

  @Test
  void aChangeSetThePopulatedTablesRefuseEndsTheObservationInOneInfoLine() {
    assertEquals(1, observations.size(), "2-backfill only: 3 is refused, 4 comes after it");
    List<String> said = LOG.lines().stream().filter(line -> line.contains("fails on tables holding")).toList();
    assertEquals(1, said.size(), LOG.lines().toString());
    assertTrue(said.get(0).startsWith("Lock and rewrite rules: changeSet ") && said.get(0).contains("3-required-without-default"), said.get(0));
    assertTrue(said.get(0).contains("contains null values"), "PostgreSQL's message: " + said.get(0));
    assertTrue(said.get(0).contains("integrity:rehearse"), said.get(0));
    assertTrue(LOG.lines().stream().noneMatch(line -> line.startsWith("WARN")), LOG.lines().toString());
  }
}
