package it.mappings;

import jakarta.persistence.*;

@Entity
public class Car extends Vehicle {
  private Integer seats;
}
