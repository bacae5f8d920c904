package it.shop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @Column(precision = 12, scale = 2, nullable = false)
  private BigDecimal total;

  private Instant placedAt;

  private LocalDate deliveryDate;

  @Lob
  private String note;
}
