package it.mappings;

import jakarta.persistence.*;

@Entity
public class Truck extends Vehicle {
  private Integer payload;
}
