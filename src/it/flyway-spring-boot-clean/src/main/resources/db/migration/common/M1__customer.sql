-- ${name_length} is spring.flyway.placeholders.name_length of the prod profile (100), as the application runs in production.
CREATE TABLE customer (id bigint PRIMARY KEY, full_name varchar(${name_length}) NOT NULL);
-- ${owner} is spring.application.name; ${application_bpn} comes from the environment, which the build does not have.
COMMENT ON TABLE customer IS 'customers of ${owner}, business partner ${application_bpn}';
