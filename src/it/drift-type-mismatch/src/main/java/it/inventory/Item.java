package it.inventory;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Item {
  @Id
  private Long id;

  @Column(length = 200)
  private String title;

  private String sku;

  private long quantity;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  @Column(length = 50)
  private String shelf;
}
