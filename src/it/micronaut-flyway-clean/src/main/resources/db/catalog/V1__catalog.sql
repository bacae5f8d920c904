CREATE TABLE genre (id bigint PRIMARY KEY, display_name varchar(60) NOT NULL);
CREATE TABLE book_copy (
  id bigint PRIMARY KEY,
  shelf_code varchar(${code_length}) NOT NULL,
  genre_id bigint NOT NULL CONSTRAINT fk_copy_genre REFERENCES genre (id)
);
CREATE INDEX ix_book_copy_genre_id ON book_copy (genre_id);
