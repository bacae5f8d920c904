package dev.integrity.core.diff;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which {@link CompareRule}s a comparison applies, in the spirit of Atlas's {@code DiffOptions}: verify and
 * diff compare the model with the migrations leniently; a rollback test, a snapshot's staleness and drift
 * against a snapshot compare exactly; drift against the migrations compares two databases the same
 * migrations built, exact on structure.
 */
public record ComparePolicy(Set<CompareRule> rules) {

  public static final ComparePolicy MODEL_VS_MIGRATIONS = new ComparePolicy(EnumSet.allOf(CompareRule.class));
  public static final ComparePolicy EXACT = new ComparePolicy(EnumSet.noneOf(CompareRule.class));
  public static final ComparePolicy MIGRATIONS_VS_LIVE = new ComparePolicy(EnumSet.of(CompareRule.SEQUENCE_START));

  public ComparePolicy {
    rules = Set.copyOf(rules);
  }

  /** The policy of {@code verify}: {@link #EXACT} when the user asks for {@code strict}. */
  public static ComparePolicy verify(boolean strict) {
    return strict ? EXACT : MODEL_VS_MIGRATIONS;
  }

  public boolean allows(CompareRule rule) {
    return rules.contains(rule);
  }
}
