package it.orders;

import jakarta.persistence.*;

@Entity
public class Parcel {
  @Id
  private Long id;
}
