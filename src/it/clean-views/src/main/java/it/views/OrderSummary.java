package it.views;

import jakarta.persistence.*;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** A read model on the view order_summary, which the migrations create. */
@Entity
@Immutable
@Table(name = "order_summary")
public class OrderSummary {
  @Id
  @Column(name = "customer_id")
  private Long customerId;

  @OneToOne
  @JoinColumn(name = "customer_id", insertable = false, updatable = false)
  private Customer customer;

  @Column(name = "customer_name", length = 80)
  private String customerName;

  @Column(name = "order_count", nullable = false)
  private long orderCount;

  @Column(precision = 12, scale = 2)
  private BigDecimal revenue;
}
