package it.library;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
public class Author {
  @Id
  @GeneratedValue
  private UUID id;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;
}
