package it.mappings;

import jakarta.persistence.*;

@Embeddable
public class Address {
  @Column(length = 100)
  private String street;

  private String city;
}
