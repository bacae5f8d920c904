package it.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Table(name = "product",
    uniqueConstraints = @UniqueConstraint(name = "uk_product_sku", columnNames = "sku"),
    indexes = {@Index(name = "idx_product_category", columnList = "category"), @Index(name = "idx_product_price", columnList = "price desc")})
public class Product {
  @Id
  private Long id;

  private String sku;

  private String category;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  private String name;
}
