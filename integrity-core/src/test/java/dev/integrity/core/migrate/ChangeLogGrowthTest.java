package dev.integrity.core.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which changes of a changelog are appends (a kept migrated database may stand in) and which are not, and the reason given. */
class ChangeLogGrowthTest {

  private static final ChangeSetChecksum ONE = new ChangeSetChecksum("1", "a", "master.xml", "9:aa", false);
  private static final ChangeSetChecksum TWO = new ChangeSetChecksum("2", "a", "master.xml", "9:bb", true);
  private static final ChangeSetChecksum THREE = new ChangeSetChecksum("3", "a", "changes/3.xml", "9:cc", false);

  @Test
  void appendedChangeSetsAndNoChangeAreGrowth() {
    assertEquals(Optional.empty(), ChangeLogGrowth.whyNotAppended(List.of(ONE, TWO), List.of(ONE, TWO, THREE)));
    assertEquals(Optional.empty(), ChangeLogGrowth.whyNotAppended(List.of(ONE, TWO), List.of(ONE, TWO)));
    assertEquals(Optional.empty(), ChangeLogGrowth.whyNotAppended(List.of(), List.of(ONE)));
  }

  @Test
  void everyOtherChangeSaysWhy() {
    assertEquals(Optional.of("the changeSet master.xml::1::a changed"),
        ChangeLogGrowth.whyNotAppended(List.of(ONE, TWO), List.of(new ChangeSetChecksum("1", "a", "master.xml", "9:ab", false), TWO)));
    assertEquals(Optional.of("the runOnChange changeSet master.xml::2::a changed"),
        ChangeLogGrowth.whyNotAppended(List.of(ONE, TWO), List.of(ONE, new ChangeSetChecksum("2", "a", "master.xml", "9:bc", true))));
    assertEquals(Optional.of("the changeSet master.xml::2::a was removed"), ChangeLogGrowth.whyNotAppended(List.of(ONE, TWO), List.of(ONE)));
    assertEquals(Optional.of("the changeSet master.xml::2::a was removed"),
        ChangeLogGrowth.whyNotAppended(List.of(ONE, TWO, THREE), List.of(ONE, THREE)));
    assertEquals(Optional.of("the changeSet master.xml::1::a moved (the changeSets were reordered)"),
        ChangeLogGrowth.whyNotAppended(List.of(ONE, TWO), List.of(TWO, ONE)));
    assertEquals(Optional.of("the changeSet changes/3.xml::3::a was inserted before changeSets already applied"),
        ChangeLogGrowth.whyNotAppended(List.of(ONE, TWO), List.of(ONE, THREE, TWO)));
    assertEquals(Optional.of("the changeSet master.xml::2::a was removed"),
        ChangeLogGrowth.whyNotAppended(List.of(ONE, TWO), List.of(ONE, new ChangeSetChecksum("2", "b", "master.xml", "9:bb", true))),
        "another author is another changeSet");
  }
}
