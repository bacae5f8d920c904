package it.views;

import jakarta.persistence.*;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/** No table of its own: Hibernate reads it through the query. */
@Entity
@Immutable
@Subselect("select o.id, o.customer_id, o.total from purchase_order o where o.total >= 1000")
@Synchronize("purchase_order")
public class LargeOrder {
  @Id
  private Long id;

  @ManyToOne
  @JoinColumn(name = "customer_id")
  private Customer customer;

  private BigDecimal total;
}
