package it.shop.entities;

import jakarta.persistence.*;

@Entity
@Table(name = "customer")
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String fullName;

  @Column(length = 200)
  private String emailAddress;

  // the drift: a field no changeSet adds
  @Column(length = 30)
  private String phoneNumber;
}
