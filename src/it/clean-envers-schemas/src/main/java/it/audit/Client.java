package it.audit;

import jakarta.persistence.*;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Client {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;
}
