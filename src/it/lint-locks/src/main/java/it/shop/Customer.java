package it.shop;

import jakarta.persistence.*;

@Entity
public class Customer {
  @Id
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  private Long visits;
}
