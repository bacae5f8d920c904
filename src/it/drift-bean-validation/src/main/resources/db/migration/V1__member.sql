CREATE TABLE member (
  id bigint PRIMARY KEY,
  email varchar(120) NOT NULL,
  nickname varchar(40),
  rating integer CHECK (rating >= 1 AND rating <= 5),
  court varchar(255)
);
