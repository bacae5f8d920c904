package it.freight;

import jakarta.persistence.*;

@Entity
public class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String destination;

  private int weightKg;

  /** A record pattern with a guard in a switch: Java 21 language, so this class compiles only for release 21 or newer. */
  static String shape(Object parcel) {
    return switch (parcel) {
      case Dimensions(int width, int height) when width > height -> "wide";
      case Dimensions dimensions -> "tall";
      default -> "unknown";
    };
  }

  record Dimensions(int width, int height) {}
}
