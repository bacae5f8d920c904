package it.mappings;

import jakarta.persistence.*;

@Entity
@Table(indexes = @Index(name = "idx_student_name", columnList = "name"))
public class Student {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
}
