package it.additions;

import jakarta.persistence.*;

@Entity
public class Profile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String bio;

  @OneToOne
  @JoinColumn(name = "customer_id")
  private Customer customer;
}
