package it.library;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(name = "ix_book_author", columnList = "author_id"))
public class Book extends PanacheEntity {
  @Column(nullable = false, length = 200)
  public String title;

  public int pages;

  @ManyToOne(optional = false)
  public Author author;
}
