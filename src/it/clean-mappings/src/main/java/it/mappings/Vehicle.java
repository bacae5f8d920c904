package it.mappings;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Vehicle {
  @Id
  @GeneratedValue
  private Long id;

  private String make;
}
