package it.monolith.domain;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "book")
public class Book implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
  @SequenceGenerator(name = "sequenceGenerator")
  @Column(name = "id")
  private Long id;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "price")
  private Float price;

  @Column(name = "published_at")
  private Instant publishedAt;

  private Integer pageCount;

  @ManyToOne(fetch = FetchType.LAZY)
  private Author mainAuthor;
}
