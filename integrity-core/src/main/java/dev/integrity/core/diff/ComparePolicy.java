package dev.integrity.core.diff;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which {@link CompareRule}s a comparison applies, in the spirit of Atlas's {@code DiffOptions}: verify and
 * diff compare the model with the migrations leniently, and {@code strict} keeps only the rules about what
 * the model cannot express; a rollback test, a snapshot's staleness and drift against a snapshot compare
 * exactly; drift against the migrations compares two databases the same migrations built, exact on structure.
 */
public record ComparePolicy(Set<CompareRule> rules) {

  public static final ComparePolicy MODEL_VS_MIGRATIONS = new ComparePolicy(EnumSet.allOf(CompareRule.class));
  public static final ComparePolicy EXACT = new ComparePolicy(EnumSet.noneOf(CompareRule.class));
  /**
   * {@code verify} with {@code strict}: no leniency, but a model exported by Hibernate can say neither "this
   * entity's table is a view" nor an enum type's label order, so those two rules stay.
   */
  public static final ComparePolicy MODEL_STRICT = new ComparePolicy(EnumSet.of(CompareRule.VIEW_ENTITY, CompareRule.ENUM_LABEL_ORDER));
  public static final ComparePolicy MIGRATIONS_VS_LIVE = new ComparePolicy(EnumSet.of(CompareRule.SEQUENCE_START));

  public ComparePolicy {
    rules = Set.copyOf(rules);
  }

  /** The policy of {@code verify}: {@link #MODEL_STRICT} when the user asks for {@code strict}. */
  public static ComparePolicy verify(boolean strict) {
    return strict ? MODEL_STRICT : MODEL_VS_MIGRATIONS;
  }

  public boolean allows(CompareRule rule) {
    return rules.contains(rule);
  }
}
