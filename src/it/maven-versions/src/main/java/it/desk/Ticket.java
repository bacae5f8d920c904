package it.desk;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  private Instant openedAt;
}
