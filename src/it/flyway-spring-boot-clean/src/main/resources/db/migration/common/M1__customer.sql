-- ${name_length} is spring.flyway.placeholders.name_length of the prod profile (100), as the application runs in production.
CREATE TABLE customer (id bigint PRIMARY KEY, full_name varchar(${name_length}) NOT NULL);
