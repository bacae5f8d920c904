package it.mappings;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {
  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, length = 30)
  private String number;
}
