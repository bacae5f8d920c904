package it.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** Annotated; META-INF/orm.xml overrides the number's column (name, length, nullable). */
@Entity
public class Invoice {
  @Id
  private Long id;

  @Column(length = 200)
  private String number;

  @Column(precision = 10, scale = 2)
  private BigDecimal total;

  @ManyToOne(optional = false)
  private Customer customer;

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public Customer getCustomer() {
    return customer;
  }
}
