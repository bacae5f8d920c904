package it.quoted.naming;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** The team's rule: every table is prefixed with app_; columns and sequences keep the names the entities give. */
public class AppTablePrefixStrategy extends PhysicalNamingStrategyStandardImpl {

  @Override
  public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment context) {
    return Identifier.toIdentifier("app_" + name.getText(), name.isQuoted());
  }
}
