package it.legacy;

import jakarta.persistence.*;

@Entity
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @Column(nullable = false, length = 80)
  private String email;

  @Column(name = "display_name", length = 40)
  private String displayName;

  private String note;
}
