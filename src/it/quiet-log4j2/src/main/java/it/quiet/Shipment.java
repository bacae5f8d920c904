package it.quiet;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
public class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 60, unique = true)
  private String trackingCode;

  private Instant shippedAt;
}
