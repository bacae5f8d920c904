package it.catalog;

import jakarta.persistence.*;

@Entity
public class Product {
  @Id
  private Long id;

  private String name;
}
