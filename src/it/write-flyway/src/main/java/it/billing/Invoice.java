package it.billing;

import jakarta.persistence.*;

@Entity
@Table(indexes = @Index(name = "ix_invoice_number", columnList = "number"))
public class Invoice {
  @Id
  private Long id;

  @Column(nullable = false, length = 30)
  private String number;

  private String note;

  @ManyToOne
  private Customer customer;
}
