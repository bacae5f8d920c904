package it.billing;

import jakarta.persistence.*;

@Entity
public class Receipt {
  @Id
  private String number;
}
