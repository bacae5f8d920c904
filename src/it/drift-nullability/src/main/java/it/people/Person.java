package it.people;

import jakarta.persistence.*;

@Entity
public class Person {
  @Id
  private Long id;

  @Column(nullable = false)
  private String name;

  private String comment;
}
