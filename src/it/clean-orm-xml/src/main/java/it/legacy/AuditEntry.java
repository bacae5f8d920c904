package it.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Metadata-complete in META-INF/orm.xml: these annotations are void (the table is audit_entry, the note 255 long). */
@Entity
@Table(name = "not_this_table")
public class AuditEntry {
  @Id
  private Long id;

  @Column(name = "not_this_column", length = 10)
  private String note;

  public Long getId() {
    return id;
  }

  public String getNote() {
    return note;
  }
}
