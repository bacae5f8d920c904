package it.library;

import jakarta.persistence.*;

@Entity
public class Book {
  @Id
  @SequenceGenerator(name = "book_gen", sequenceName = "book_sequence", allocationSize = 10)
  @GeneratedValue(generator = "book_gen")
  private long id;

  @Column(nullable = false)
  private String title;

  @ManyToOne
  private Author author;

  private int pages;

  private double rating;
}
