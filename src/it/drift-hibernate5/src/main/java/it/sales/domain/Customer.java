package it.sales.domain;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;

@Entity
public class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customerSeq")
  @SequenceGenerator(name = "customerSeq", sequenceName = "customer_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 100)
  private String fullName;

  private String email;

  private LocalDate birthDate;
}
