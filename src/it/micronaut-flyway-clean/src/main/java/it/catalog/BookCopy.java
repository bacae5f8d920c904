package it.catalog;

import jakarta.persistence.*;

@Entity
@Table(indexes = @Index(name = "ix_book_copy_genre_id", columnList = "genre_id"))
public class BookCopy {
  @Id
  private Long id;

  @Column(nullable = false, length = 150)
  private String shelfCode;

  @ManyToOne(optional = false)
  private Genre genre;
}
