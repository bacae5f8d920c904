package dev.integrity.core.baseline;

/**
 * The two comparisons a baseline file accepts differences of, each in its own array: {@code verify}'s (the model
 * against the migrations) and {@code drift}'s (the migrations or snapshot against a live database). Their
 * differences are different sets, so an entry of one is never matched, nor stale, in the other.
 */
public enum BaselineSection {
  VERIFY("differences", "mvn integrity:baseline"),
  DRIFT("drift", "mvn integrity:drift -Dintegrity.writeBaseline=true");

  private final String member;
  private final String rewriteCommand;

  BaselineSection(String member, String rewriteCommand) {
    this.member = member;
    this.rewriteCommand = rewriteCommand;
  }

  /** The file's array that holds the section's entries. */
  public String member() {
    return member;
  }

  /** The command that rewrites the section from today's differences. */
  public String rewriteCommand() {
    return rewriteCommand;
  }
}
