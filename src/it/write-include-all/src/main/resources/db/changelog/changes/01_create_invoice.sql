--liquibase formatted sql

--changeset team:1
CREATE TABLE invoice (id bigint PRIMARY KEY, number varchar(30) NOT NULL);
--rollback DROP TABLE invoice;
