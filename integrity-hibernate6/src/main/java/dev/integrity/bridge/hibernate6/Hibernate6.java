package dev.integrity.bridge.hibernate6;

import dev.integrity.bridge.common.HibernateLine;
import java.util.List;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Value;

/** Hibernate ORM 6.x and 7.x: jakarta.persistence, and a mapping that hands out lists. */
public final class Hibernate6 extends HibernateLine {

  @Override
  protected String persistenceApi() {
    return "jakarta.persistence";
  }

  @Override
  protected List<Property> properties(PersistentClass entity) {
    return entity.getProperties();
  }

  @Override
  protected List<Property> properties(Component component) {
    return component.getProperties();
  }

  @Override
  protected List<Selectable> selectables(Value value) {
    return value.getSelectables();
  }
}
