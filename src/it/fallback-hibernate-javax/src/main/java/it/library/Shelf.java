package it.library;

import javax.persistence.Entity;
import javax.persistence.Id;

@Entity
public class Shelf {
  @Id
  private Long id;

  private String label;
}
