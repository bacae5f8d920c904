package it.quoted.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "user")
public class AppUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_ids")
  @SequenceGenerator(name = "user_ids", sequenceName = "UserSeq", allocationSize = 50)
  private Long id;

  @Column(name = "group", nullable = false, length = 40)
  private String group;

  @Column(name = "Email", unique = true, length = 120)
  private String email;

  @Column(name = "createdAt", nullable = false)
  private Instant createdAt;
}
