package it.elsewhere.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Invoice {
  @Id
  Long id;

  @Column(nullable = false, length = 20)
  String number;
}
