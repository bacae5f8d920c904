package it.jhipster.domain;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "book")
public class Book implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
  @SequenceGenerator(name = "sequenceGenerator")
  private Long id;

  @Column(name = "title", nullable = false)
  private String title;

  private LocalDate publishedOn;

  private Integer pageCount;

  @ManyToOne(fetch = FetchType.LAZY)
  private Author mainAuthor;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(name = "rel_book__tag", joinColumns = @JoinColumn(name = "book_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
  private Set<Tag> tags = new HashSet<>();

  @ManyToMany
  private Set<Author> coAuthors = new HashSet<>();
}
