package it.additions;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

@Entity
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  private String email;

  /** Unidirectional: Hibernate maps a join table with NOT NULL columns and a unique tag_id, and no primary key. */
  @OneToMany
  @JoinTable(name = "customer_tags", joinColumns = @JoinColumn(name = "customer_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
  private List<Tag> tags = new ArrayList<>();
}
