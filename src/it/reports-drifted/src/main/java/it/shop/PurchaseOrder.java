package it.shop;

import jakarta.persistence.*;

@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {
  @Id
  private Long id;

  @Column(nullable = false, length = 20)
  private String number;

  @Column(length = 200)
  private String note;
}
