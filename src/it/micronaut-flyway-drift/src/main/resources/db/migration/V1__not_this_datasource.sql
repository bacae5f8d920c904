-- Flyway's default location, which flyway.datasources.default.locations replaces: never applied.
CREATE TABLE not_this_one (id bigint PRIMARY KEY);
