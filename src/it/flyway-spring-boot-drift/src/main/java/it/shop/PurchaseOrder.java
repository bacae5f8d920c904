package it.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "purchase_order", indexes = @Index(name = "ix_purchase_order_customer_id", columnList = "customer_id"))
public class PurchaseOrder {
  @Id
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private String orderNote;

  private java.math.BigDecimal total;
}
