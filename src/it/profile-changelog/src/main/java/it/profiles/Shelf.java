package it.profiles;

import jakarta.persistence.*;

@Entity
public class Shelf {
  @Id
  private Long id;

  @Column(nullable = false, length = 40)
  private String label;
}
