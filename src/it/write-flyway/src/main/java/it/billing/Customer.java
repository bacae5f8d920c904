package it.billing;

import jakarta.persistence.*;

@Entity
public class Customer {
  @Id
  private Long id;
}
