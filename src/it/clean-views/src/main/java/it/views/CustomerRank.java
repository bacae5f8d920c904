package it.views;

import jakarta.persistence.*;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** A read model on the materialized view customer_rank, refreshed by the application. */
@Entity
@Immutable
@Table(name = "customer_rank")
public class CustomerRank {
  @Id
  @Column(name = "customer_id")
  private Long customerId;

  private int position;

  private BigDecimal revenue;
}
