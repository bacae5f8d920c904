package it.quoted.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "OrderLine")
public class OrderLine {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "orderId", nullable = false)
  private CustomerOrder order;

  @Column(name = "createdAt", nullable = false)
  private Instant createdAt;

  @Column(name = "lineTotal", precision = 12, scale = 2)
  private BigDecimal lineTotal;

  @Column(name = "select", length = 80)
  private String select;

  private int quantity;
}
