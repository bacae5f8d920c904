package it.library;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Quarkus keeps Hibernate's physical naming: fullName is the column fullname, not Spring's full_name. */
@Entity
public class Author extends PanacheEntity {
  @Column(nullable = false, length = 120)
  public String fullName;
}
