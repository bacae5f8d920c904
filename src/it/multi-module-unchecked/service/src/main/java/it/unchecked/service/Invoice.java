package it.unchecked.service;

import jakarta.persistence.*;

@Entity
public class Invoice {
  @Id
  private Long id;

  @Column(nullable = false)
  private long cents;
}
