package it.accounts;

import jakarta.persistence.*;

@Entity
public class Account {
  @Id
  private Long id;

  private String owner;
}
