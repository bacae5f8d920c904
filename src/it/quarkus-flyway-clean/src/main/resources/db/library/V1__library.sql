CREATE SEQUENCE author_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE book_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE author (id bigint PRIMARY KEY, fullname varchar(120) NOT NULL);
-- ${title_length}: %prod.quarkus.flyway.placeholders.title_length (200), not the plain key's 120
CREATE TABLE book (
  id bigint PRIMARY KEY,
  title varchar(${title_length}) NOT NULL,
  pages integer NOT NULL,
  author_id bigint NOT NULL CONSTRAINT fk_book_author REFERENCES author (id)
);
CREATE INDEX ix_book_author ON book (author_id);
