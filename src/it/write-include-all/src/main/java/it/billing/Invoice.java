package it.billing;

import jakarta.persistence.*;

@Entity
public class Invoice {
  @Id
  private Long id;

  @Column(nullable = false, length = 30)
  private String number;

  private String note;
}
