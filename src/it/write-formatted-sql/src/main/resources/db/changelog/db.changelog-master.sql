--liquibase formatted sql

--changeset team:1
CREATE TABLE invoice (id bigint PRIMARY KEY, number varchar(30) NOT NULL);
--rollback DROP TABLE invoice;

--changeset team:2
CREATE INDEX ix_invoice_number ON invoice (number);
--rollback DROP INDEX ix_invoice_number;
