package it.library;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Shelf {
  @Id
  private Long id;

  private String label;
}
