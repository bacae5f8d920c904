package it.tickets;

import jakarta.persistence.*;
import java.math.BigDecimal;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Check(constraints = "quantity >= 0")
public class Ticket {
  @Id
  private Long id;

  private String title;

  @Check(constraints = "price > 0")
  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  private int quantity;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  @ColumnDefault("'open'")
  private String state;
}
