package it.catalog;

import jakarta.persistence.*;

@Entity
public class Tag {
  @Id
  private Long id;

  @Column(nullable = false, length = 40)
  private String label;
}
