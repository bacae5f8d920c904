-- H2's version of M2, for the tests' in-memory database: never applied to PostgreSQL ({vendor} is postgresql there).
CREATE TABLE purchase_order (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT NOT NULL
);
CREATE TABLE h2_only (id BIGINT PRIMARY KEY);
