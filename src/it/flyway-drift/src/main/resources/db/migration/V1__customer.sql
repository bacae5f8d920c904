CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(100) NOT NULL, legacy_code varchar(20));
INSERT INTO customer VALUES (1, 'Ann', 'A-1');
