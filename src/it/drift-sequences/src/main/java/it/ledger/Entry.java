package it.ledger;

import jakarta.persistence.*;

@Entity
public class Entry {
  @Id
  @SequenceGenerator(name = "entry_gen", sequenceName = "entry_seq", allocationSize = 20)
  @GeneratedValue(generator = "entry_gen")
  private Long id;

  @Column(name = "amount_cents")
  private Long amountCents;
}
