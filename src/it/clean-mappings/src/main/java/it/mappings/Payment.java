package it.mappings;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Payment {
  @Id
  @GeneratedValue
  private Long id;

  @Column(precision = 12, scale = 2)
  private BigDecimal amount;
}
