package it.catalog;

import jakarta.persistence.*;

/** Micronaut Data's physical naming: displayName is the column display_name. */
@Entity
public class Genre {
  @Id
  private Long id;

  @Column(nullable = false, length = 60)
  private String displayName;
}
