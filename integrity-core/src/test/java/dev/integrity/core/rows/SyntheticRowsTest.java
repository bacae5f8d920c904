package dev.integrity.core.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.common.IntegrityException;
import dev.integrity.core.database.Database;
import dev.integrity.core.database.DatabaseProviders;
import dev.integrity.core.database.DatabaseServer;
import dev.integrity.core.inspect.CatalogReader;
import dev.integrity.core.support.Providers;
import dev.integrity.core.support.SyntheticSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Synthetic rows on real schemas (embedded PostgreSQL): every table filled, every constraint kept, or a clear error. */
class SyntheticRowsTest {

  private static final String JHIPSTER = """
      CREATE SEQUENCE sequence_generator START WITH 1050 INCREMENT BY 50;
      CREATE TABLE databasechangelog (id varchar(255) NOT NULL, author varchar(255) NOT NULL, filename varchar(255) NOT NULL);
      CREATE TABLE databasechangeloglock (id integer PRIMARY KEY, locked boolean NOT NULL);
      CREATE TABLE jhi_user (id bigint PRIMARY KEY, login varchar(50) NOT NULL UNIQUE, password_hash varchar(60) NOT NULL,
        first_name varchar(50), last_name varchar(50), email varchar(191) UNIQUE, image_url varchar(256), activated boolean NOT NULL,
        lang_key varchar(10), activation_key varchar(20), reset_key varchar(20), created_by varchar(50) NOT NULL,
        created_date timestamp DEFAULT now(), reset_date timestamp, last_modified_by varchar(50), last_modified_date timestamp);
      CREATE TABLE jhi_authority (name varchar(50) PRIMARY KEY);
      CREATE TABLE jhi_user_authority (user_id bigint NOT NULL REFERENCES jhi_user (id), authority_name varchar(50) NOT NULL
        REFERENCES jhi_authority (name), PRIMARY KEY (user_id, authority_name));
      CREATE TABLE region (id bigint PRIMARY KEY, region_name varchar(255));
      CREATE TABLE country (id bigint PRIMARY KEY, country_name varchar(255), region_id bigint UNIQUE REFERENCES region (id));
      CREATE TABLE location (id bigint PRIMARY KEY, street_address varchar(255), postal_code varchar(255), city varchar(255),
        state_province varchar(255), country_id bigint UNIQUE REFERENCES country (id));
      CREATE TABLE department (id bigint PRIMARY KEY, department_name varchar(255) NOT NULL, location_id bigint UNIQUE REFERENCES location (id));
      CREATE TABLE employee (id bigint PRIMARY KEY, first_name varchar(255), last_name varchar(255), email varchar(255),
        phone_number varchar(255), hire_date timestamp(6) with time zone, salary bigint, commission_pct bigint,
        manager_id bigint REFERENCES employee (id), department_id bigint REFERENCES department (id));
      CREATE TABLE job (id bigint PRIMARY KEY, job_title varchar(255), min_salary bigint, max_salary bigint, employee_id bigint REFERENCES employee (id));
      CREATE TABLE task (id bigint PRIMARY KEY, title varchar(255), description varchar(255));
      CREATE TABLE rel_job__task (task_id bigint NOT NULL REFERENCES task (id), job_id bigint NOT NULL REFERENCES job (id), PRIMARY KEY (job_id, task_id));
      CREATE TABLE job_history (id bigint PRIMARY KEY, start_date timestamp(6) with time zone, end_date timestamp(6) with time zone,
        language varchar(255) CHECK (language IN ('FRENCH', 'ENGLISH', 'SPANISH')), job_id bigint UNIQUE REFERENCES job (id),
        department_id bigint UNIQUE REFERENCES department (id), employee_id bigint UNIQUE REFERENCES employee (id));
      """;

  private static DatabaseServer server;

  @BeforeAll
  static void start() {
    server = DatabaseProviders.start(Providers.settings("embedded"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aJhipsterSchemaIsFilledInDependencyOrderAndItsHistoryTablesAreLeftAlone() throws SQLException {
    withDatabase(JHIPSTER, connection -> {
      FilledRows filled = fill(connection, 50);
      assertEquals(12, filled.tables().size(), filled.tables().toString());
      assertTrue(filled.tables().indexOf("public.jhi_user") < filled.tables().indexOf("public.jhi_user_authority"));
      assertTrue(filled.tables().indexOf("public.region") < filled.tables().indexOf("public.country"));
      for (String table : filled.tables()) {
        assertEquals(50, count(connection, "SELECT count(*) FROM " + table), table);
      }
      assertEquals(0, count(connection, "SELECT count(*) FROM databasechangelog"));
      assertEquals(49, count(connection, "SELECT count(*) FROM employee WHERE manager_id IS NOT NULL"), "self-reference set afterwards");
      assertEquals(0, count(connection, "SELECT count(*) FROM employee WHERE manager_id = id"), "a chain: no row its own parent");
      assertEquals(List.of("public.employee.manager_id: foreign key filled after every table"), filled.notes());
      assertEquals(3, count(connection, "SELECT count(DISTINCT language) FROM job_history"), "the values the enum check lists");
      assertEquals(25, count(connection, "SELECT count(DISTINCT last_name) FROM jhi_user"), "a column outside any key repeats its values");
      assertEquals(50, count(connection, "SELECT count(*) FROM jhi_user WHERE length(login) = 50"), "strings as long as the column allows");
    });
  }

  @Test
  void everyCommonTypeEnumAndArrayGetsValuesAndTheRowsAreTheSameEveryTime() throws SQLException {
    String ddl = """
        CREATE EXTENSION citext;
        CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
        CREATE TABLE everything (id uuid PRIMARY KEY, s smallint NOT NULL, i integer NOT NULL, b bigint NOT NULL, n numeric NOT NULL,
          money_amount numeric(5,2) NOT NULL, r real, d double precision, flag boolean NOT NULL, t text NOT NULL, v varchar(3) NOT NULL,
          c char(1) NOT NULL, unbounded bpchar NOT NULL, ci citext NOT NULL UNIQUE, day date NOT NULL, at timestamp NOT NULL, at_zone timestamptz NOT NULL,
          clock time NOT NULL, clock_zone timetz NOT NULL, span interval NOT NULL, doc json NOT NULL, docb jsonb NOT NULL, raw bytea NOT NULL,
          address inet NOT NULL, net cidr NOT NULL, mac macaddr NOT NULL, cash money NOT NULL, x xml NOT NULL, words tsvector NOT NULL,
          bits bit(8) NOT NULL, feeling mood NOT NULL, feelings mood[] NOT NULL, tags varchar(40)[] NOT NULL, matrix integer[][] NOT NULL,
          spot point);
        """;
    String digest = "SELECT md5(string_agg(e::text, ',' ORDER BY e::text)) FROM everything e";
    String[] first = new String[1];
    withDatabase(ddl, connection -> {
      FilledRows filled = fill(connection, 200);
      assertEquals(200, count(connection, "SELECT count(*) FROM everything"));
      assertEquals(List.of("public.everything.spot: no synthetic value for type point, left NULL"), filled.notes());
      assertEquals(3, count(connection, "SELECT count(DISTINCT feeling) FROM everything"));
      first[0] = text(connection, digest);
    });
    withDatabase(ddl, connection -> {
      fill(connection, 200);
      assertEquals(first[0], text(connection, digest), "deterministic values");
    });
  }

  @Test
  void checksAndPartialUniquesMoveTheirColumnsOnToValuesTheyAccept() throws SQLException {
    withDatabase("""
        CREATE TABLE booking (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, counter serial, quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 10),
          status smallint NOT NULL CHECK (status >= 0 AND status <= 2), starts date NOT NULL, ends date NOT NULL, is_default boolean NOT NULL,
          email varchar(100) NOT NULL CHECK (email LIKE '%@%'), code varchar(20) NOT NULL, tenant integer NOT NULL,
          CHECK (starts < ends), UNIQUE (tenant, code));
        CREATE UNIQUE INDEX one_default ON booking (is_default) WHERE is_default;
        CREATE UNIQUE INDEX lower_email ON booking (lower(email));
        CREATE TABLE line (booking_id bigint NOT NULL, line_no integer NOT NULL, PRIMARY KEY (booking_id, line_no),
          FOREIGN KEY (booking_id) REFERENCES booking (id));
        CREATE TABLE note (booking_id bigint NOT NULL, line_no integer NOT NULL, body text, FOREIGN KEY (booking_id, line_no) REFERENCES line);
        """, connection -> {
      fill(connection, 100);
      assertEquals(100, count(connection, "SELECT count(*) FROM booking"));
      assertEquals(100, count(connection, "SELECT count(*) FROM note"));
      assertEquals(0, count(connection, "SELECT count(*) FROM booking WHERE is_default"));
    });
  }

  @Test
  void generatedColumnsAreLeftToPostgresqlAndDomainsGetTheirBaseTypesValuesThatTheirChecksAccept() throws SQLException {
    withDatabase("""
        CREATE DOMAIN email AS varchar(100) CHECK (VALUE LIKE '%@%');
        CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);
        CREATE TABLE invoice (id integer PRIMARY KEY, price numeric(10,2) NOT NULL, total numeric GENERATED ALWAYS AS (price * 2) STORED,
          contact email NOT NULL UNIQUE, discount percent NOT NULL);
        """, connection -> {
      FilledRows filled = fill(connection, 50);
      assertEquals(List.of(), filled.notes());
      assertEquals(50, count(connection, "SELECT count(*) FROM invoice WHERE total = price * 2"));
      assertEquals(50, count(connection, "SELECT count(DISTINCT contact) FROM invoice"));
    });
  }

  @Test
  void aCycleOfNullableForeignKeysIsClosedAfterTheInsertsAndACycleOfNotNullOnesIsAnError() throws SQLException {
    withDatabase("""
        CREATE TABLE a (id integer PRIMARY KEY, b_id integer);
        CREATE TABLE b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES a (id));
        ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id);
        CREATE TABLE node (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES node (id));
        """, connection -> {
      fill(connection, 10);
      assertEquals(10, count(connection, "SELECT count(*) FROM a WHERE b_id IS NOT NULL"));
      assertEquals(10, count(connection, "SELECT count(*) FROM node WHERE parent_id = id"), "a NOT NULL self-reference points at its own row");
    });
    withDatabase("""
        CREATE TABLE a (id integer PRIMARY KEY, b_id integer NOT NULL);
        CREATE TABLE b (id integer PRIMARY KEY, a_id integer NOT NULL REFERENCES a (id));
        ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b (id);
        """, connection -> {
      IntegrityException e = assertThrows(IntegrityException.class, () -> fill(connection, 10));
      assertTrue(e.getMessage().startsWith("cannot fill tables public.a, public.b with synthetic rows: their NOT NULL foreign keys form a cycle"
          + " (public.a(b_id) -> public.b, public.b(a_id) -> public.a)"), e.getMessage());
    });
  }

  @Test
  void aCheckThatAllowsOneOfSeveralReferencesLeavesTheOthersNull() throws SQLException {
    // the shape of AAFC-BICoE/natural-history-collection-api's storage_unit_usage: a usage points at a storage unit or at a type, never both
    withDatabase("""
        CREATE TABLE storage_unit_type (id serial PRIMARY KEY, name varchar(50) NOT NULL);
        CREATE TABLE storage_unit (id serial PRIMARY KEY, name varchar(50) NOT NULL);
        CREATE TABLE storage_unit_usage (id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, well_row varchar(2),
          storage_unit_id integer REFERENCES storage_unit (id), storage_unit_type_id integer REFERENCES storage_unit_type (id),
          CONSTRAINT storage_unit_xor_type CHECK (num_nonnulls(storage_unit_type_id, storage_unit_id) = 1));
        """, connection -> {
      FilledRows filled = fill(connection, 20);
      assertEquals(20, count(connection, "SELECT count(*) FROM storage_unit_usage WHERE num_nonnulls(storage_unit_type_id, storage_unit_id) = 1"));
      assertEquals(List.of("public.storage_unit_usage.storage_unit_id: foreign key left NULL, as a check over it asks"), filled.notes());
    });
  }

  @Test
  void triggersThatGuardAHierarchyAndAUniquenessNoConstraintDeclaresAcceptTheRows() throws SQLException {
    // the triggers of AAFC-BICoE/natural-history-collection-api (changeSets 86 and 109), shortened
    withDatabase("""
        CREATE TABLE storage_unit (id serial PRIMARY KEY, name varchar(50) NOT NULL, parent_storage_unit_id integer REFERENCES storage_unit (id));
        CREATE FUNCTION is_in_storage_hierarchy(id integer, parent_id integer) RETURNS boolean AS $$
          WITH RECURSIVE h (id, parent_id, rank) AS (SELECT s.id, s.parent_storage_unit_id, 1 FROM storage_unit s WHERE s.id = $2
            UNION ALL SELECT n.id, n.parent_storage_unit_id, h.rank + 1 FROM h, storage_unit n WHERE n.id = h.parent_id)
          SELECT EXISTS (SELECT * FROM h WHERE id = $1 AND rank > 1) $$ LANGUAGE SQL RETURNS NULL ON NULL INPUT;
        CREATE FUNCTION check_storage_hierarchy() RETURNS trigger AS $$ BEGIN
          IF NEW.parent_storage_unit_id = NEW.id THEN RAISE EXCEPTION 'parentidentifier can not be equal to id' USING ERRCODE = '23D66'; END IF;
          IF is_in_storage_hierarchy(NEW.id, NEW.parent_storage_unit_id) THEN RAISE EXCEPTION 'parentidentifier already in hierarchy' USING ERRCODE = '23D66'; END IF;
          RETURN NEW; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER check_storage_hierarchy BEFORE INSERT OR UPDATE ON storage_unit FOR EACH ROW EXECUTE PROCEDURE check_storage_hierarchy();
        CREATE TABLE material_sample (id serial PRIMARY KEY, collection_id integer, material_sample_name varchar(100),
          allow_duplicate_name boolean NOT NULL DEFAULT false);
        CREATE FUNCTION check_material_name_unique() RETURNS trigger AS $$ BEGIN
          IF NEW.allow_duplicate_name = false AND EXISTS (SELECT 1 FROM material_sample WHERE collection_id = NEW.collection_id
              AND lower(material_sample_name) = lower(NEW.material_sample_name) AND id != NEW.id) THEN
            RAISE EXCEPTION unique_violation USING MESSAGE = 'material_sample_name in collection violates unique constraint "material_sample_name_unique"',
              CONSTRAINT = 'material_sample_name_unique';
          END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
        CREATE TRIGGER check_material_name_unique BEFORE INSERT OR UPDATE ON material_sample FOR EACH ROW EXECUTE PROCEDURE check_material_name_unique();
        """, connection -> {
      FilledRows filled = fill(connection, 30);
      assertEquals(29, count(connection, "SELECT count(*) FROM storage_unit WHERE parent_storage_unit_id = id - 1"), "a chain, its first row the root");
      assertEquals(30, count(connection, "SELECT count(DISTINCT material_sample_name) FROM material_sample"));
      assertTrue(filled.notes().contains("public.material_sample: every column distinct per row, as a uniqueness no constraint declares"
          + " (a trigger) asks"), filled.notes().toString());
    });
  }

  @Test
  void rowsCopiedIntoAnotherTablesUniqueUuidDoNotCollideWithItsRowsAndUuidKeysStayReferencable() throws SQLException {
    // AAFC-BICoE/natural-history-collection-api's changeSet 192 copies managed_attribute rows, uuid and all, into controlled_vocabulary_item
    withDatabase("""
        CREATE TABLE managed_attribute (id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, key varchar(50) NOT NULL);
        CREATE TABLE controlled_vocabulary_item (id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, key varchar(255) NOT NULL);
        CREATE TABLE agent (id uuid PRIMARY KEY, name varchar(50));
        CREATE TABLE collection (id serial PRIMARY KEY, agent uuid);
        """, connection -> {
      fill(connection, 20);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("INSERT INTO controlled_vocabulary_item (uuid, key) SELECT uuid, key FROM managed_attribute");
      }
      assertEquals(40, count(connection, "SELECT count(*) FROM controlled_vocabulary_item"));
      assertEquals(10, count(connection, "SELECT count(DISTINCT c.agent) FROM collection c JOIN agent a ON a.id = c.agent"),
          "a uuid primary key keeps the values of the plain uuid columns, so that a foreign key added later over one is kept");
    });
  }

  @Test
  void aCheckNoValueSatisfiesIsAnErrorNamingTheTableTheCheckAndTheColumn() throws SQLException {
    withDatabase("CREATE TABLE impossible (id integer PRIMARY KEY, n integer NOT NULL CONSTRAINT never CHECK (n < 0 AND n > 0));", connection -> {
      IntegrityException e = assertThrows(IntegrityException.class, () -> fill(connection, 10));
      assertTrue(e.getMessage().startsWith("cannot fill table public.impossible with synthetic rows: constraint never"
          + " (((n < 0) AND (n > 0))) refuses every value tried for column n: "), e.getMessage());
      assertEquals(0, count(connection, "SELECT count(*) FROM impossible"));
    });
  }

  @Test
  void aNotNullColumnOfAnUnknownTypeIsAnErrorNamingTheTableAndTheColumn() throws SQLException {
    withDatabase("CREATE TABLE place (id integer PRIMARY KEY, spot point NOT NULL);", connection -> {
      IntegrityException e = assertThrows(IntegrityException.class, () -> fill(connection, 10));
      assertEquals("cannot fill table public.place with synthetic rows: column spot has type point, for which no synthetic value is known,"
          + " and is NOT NULL without a default. Give it a default or leave the table out of the rehearsal.", e.getMessage());
    });
  }

  @Test
  void whatFitsLeavesTheTablesTheRowsDoNotFitEmptyWithANoteAndFillsTheOthers() throws SQLException {
    withDatabase("""
        CREATE TABLE place (id integer PRIMARY KEY, spot point NOT NULL);
        CREATE TABLE visit (id integer PRIMARY KEY, place_id integer NOT NULL REFERENCES place (id));
        CREATE TABLE impossible (id integer PRIMARY KEY, n integer NOT NULL CONSTRAINT never CHECK (n < 0 AND n > 0));
        CREATE TABLE person (id integer PRIMARY KEY, name text);
        """, connection -> {
      FilledRows filled = SyntheticRows.fillWhatFits(connection, new CatalogReader(List.of("public")).read(connection), 10);
      assertEquals(List.of("public.person"), filled.tables());
      assertEquals(10, count(connection, "SELECT count(*) FROM person"));
      assertEquals(0, count(connection, "SELECT count(*) FROM place") + count(connection, "SELECT count(*) FROM visit")
          + count(connection, "SELECT count(*) FROM impossible"));
      assertEquals(List.of("public.impossible: left empty: cannot fill table public.impossible", "public.place: left empty: cannot fill table public.place",
          "public.visit: left empty: cannot fill table public.visit"), filled.notes().stream().map(n -> n.replaceFirst(" with synthetic rows.*", "")).sorted().toList());
    });
  }

  @Test
  void aGeneratedSchemaOfManyTablesIsFilled() throws SQLException {
    withDatabase(SyntheticSchema.ddl(30), connection -> {
      FilledRows filled = fill(connection, 1000, List.of("public", "sales"));
      assertEquals(30, filled.tables().size());
      for (String table : filled.tables()) {
        assertEquals(1000, count(connection, "SELECT count(*) FROM " + table), table);
      }
    });
  }

  private static FilledRows fill(Connection connection, int rows) throws SQLException {
    return fill(connection, rows, List.of("public"));
  }

  private static FilledRows fill(Connection connection, int rows, List<String> schemas) throws SQLException {
    return SyntheticRows.fill(connection, new CatalogReader(schemas).read(connection), rows);
  }

  private interface Use {
    void accept(Connection connection) throws SQLException;
  }

  private static void withDatabase(String ddl, Use use) throws SQLException {
    Database database = server.createDatabase("integrity_rows");
    try (Connection connection = database.connect()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(ddl);
      }
      use.accept(connection);
    } finally {
      server.dropDatabase(database);
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String text(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
