package db.migration.common;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** A Java migration in one of spring.flyway.locations, compiled with the application. */
public class V3__Order_note extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("ALTER TABLE purchase_order ADD COLUMN order_note varchar(255)");
    }
  }
}
