package dev.integrity.bridge.hibernate5;

import dev.integrity.bridge.common.HibernateLine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Value;

/** Hibernate ORM 5.6: javax.persistence, and a mapping walked with iterators. */
public final class Hibernate5 extends HibernateLine {

  @Override
  protected String persistenceApi() {
    return "javax.persistence";
  }

  @Override
  protected List<Property> properties(PersistentClass entity) {
    return list(entity.getPropertyIterator());
  }

  @Override
  protected List<Property> properties(Component component) {
    return list(component.getPropertyIterator());
  }

  @Override
  protected List<Selectable> selectables(Value value) {
    return list(value.getColumnIterator());
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Iterator<?> iterator) {
    List<T> items = new ArrayList<>();
    iterator.forEachRemaining(item -> items.add((T) item));
    return items;
  }
}
