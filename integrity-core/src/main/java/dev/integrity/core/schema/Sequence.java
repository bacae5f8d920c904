package dev.integrity.core.schema;

/**
 * A sequence. {@code ownedBy} is {@code table.column} when a column owns it (serial or identity),
 * {@code identity} true when it is an identity column's internal sequence.
 */
public record Sequence(String schema, String name, String dataType, long start, long increment, String ownedBy, boolean identity) {

  public String qualifiedName() {
    return schema + "." + name;
  }

  public String describe() {
    return "sequence " + dataType + " start " + start + " increment " + increment;
  }
}
