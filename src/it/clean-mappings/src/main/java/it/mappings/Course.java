package it.mappings;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Course {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @ManyToMany
  private Set<Student> students;

  @ManyToOne(optional = false)
  @JoinColumn(name = "teacher_id")
  private Customer teacher;
}
