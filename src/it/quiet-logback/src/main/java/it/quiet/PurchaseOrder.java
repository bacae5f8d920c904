package it.quiet;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "purchase_order", indexes = @Index(name = "ix_purchase_order_customer_id", columnList = "customer_id"))
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
}
