package it.legacy;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Payment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @ManyToOne(optional = false)
  private Account account;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;
}
