package it.orders;

import jakarta.persistence.*;

@Entity
public class Warehouse {
  @Id
  private Long id;
}
