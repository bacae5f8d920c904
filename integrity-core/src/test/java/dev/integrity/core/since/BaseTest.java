package dev.integrity.core.since;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.schema.Schema;
import dev.integrity.core.snapshot.SchemaSnapshot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseTest {

  private static final List<String> CHANGE_SETS = List.of("db/a.xml::1::ann", "db/a.xml::2::ann", "db/b.xml::2::bob", "db/b.xml::3::bob");

  @TempDir
  Path dir;

  private NewChangeSets resolve(String since, Path snapshot) {
    return Base.resolve(Since.parse(since), CHANGE_SETS, snapshot, ref -> {
      assertEquals("origin/main", ref);
      return CHANGE_SETS.subList(0, 3);
    });
  }

  @Test
  void aChangeSetNamedByItsKeyOrItsUniqueIdIsTheBase() {
    assertEquals(List.of("db/b.xml::2::bob", "db/b.xml::3::bob"), resolve("db/a.xml::2::ann", null).keys());
    assertEquals(List.of("db/a.xml::2::ann", "db/b.xml::2::bob", "db/b.xml::3::bob"), resolve("1", null).keys());
    assertEquals(List.of(), resolve("3", null).keys());
  }

  @Test
  void anAmbiguousOrUnknownIdIsAnErrorNamingTheParameter() {
    assertTrue(assertThrows(IntegrityException.class, () -> resolve("2", null)).getMessage()
        .startsWith("<since> names changeSet id '2', which 2 changeSets have ([db/a.xml::2::ann, db/b.xml::2::bob])"));
    assertTrue(assertThrows(IntegrityException.class, () -> resolve("9", null)).getMessage()
        .startsWith("<since> names changeSet '9', which the changelog does not have"));
  }

  @Test
  void aGitRefMakesNewWhatTheChangelogAtTheRefLacks() {
    NewChangeSets fresh = resolve("git:origin/main", null);
    assertEquals(List.of("db/b.xml::3::bob"), fresh.keys());
    assertEquals("after the changelog at git ref origin/main", fresh.base());
  }

  @Test
  void byDefaultTheChangeSetsTheSnapshotDoesNotRecordAreNewAndWithoutASnapshotNoneIs() {
    assertTrue(resolve(null, dir.resolve("absent.json")).isEmpty());
    Path snapshot = dir.resolve("schema-snapshot.json");
    SchemaSnapshot.write(snapshot, Schema.empty(), CHANGE_SETS.subList(0, 2));
    assertEquals(List.of("db/b.xml::2::bob", "db/b.xml::3::bob"), resolve(" ", snapshot).keys());
    assertEquals(List.of("db/b.xml::2::bob", "db/b.xml::3::bob"), resolve("snapshot", snapshot).keys());
  }

  @Test
  void sinceSnapshotWithoutARecordedHistoryIsAnError() {
    Path snapshot = dir.resolve("schema-snapshot.json");
    SchemaSnapshot.write(snapshot, Schema.empty(), List.of());
    assertTrue(resolve(null, snapshot).isEmpty());
    assertTrue(assertThrows(IntegrityException.class, () -> resolve("snapshot", snapshot)).getMessage()
        .contains("does not exist or records no changeSets"));
  }

  @Test
  void gitWithoutARefIsAnError() {
    assertThrows(IntegrityException.class, () -> Since.parse("git:"));
  }
}
