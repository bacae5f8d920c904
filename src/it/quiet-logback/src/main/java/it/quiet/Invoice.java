package it.quiet;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String number;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  private LocalDate dueOn;
}
