package it.ledger;

import jakarta.persistence.*;

@Entity
public class Batch {
  @Id
  @GeneratedValue
  private Long id;
}
