package it.garage;

import jakarta.persistence.*;

@Entity
public class Vehicle {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 17, unique = true)
  private String vin;

  private Integer mileage;
}
