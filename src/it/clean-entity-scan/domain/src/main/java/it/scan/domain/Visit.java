package it.scan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

@Entity
public class Visit {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  /** A timestamp column, through the converter @EntityScan registers. */
  @Column(nullable = false)
  LocalDate day;

  /** A timestamp with time zone: the application's stray converter is not registered. */
  Instant createdAt;
}
