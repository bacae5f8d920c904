package dev.integrity.bridge.common;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

/** Where each table and column of the model came from, as {@link OriginRows}; the line walks properties and columns. */
final class OriginCollector {

  private final HibernateLine line;
  private final Metadata metadata;
  private final XmlDeclarations xml;
  private final OriginRows rows = new OriginRows();

  OriginCollector(HibernateLine line, Metadata metadata, XmlDeclarations xml) {
    this.line = line;
    this.metadata = metadata;
    this.xml = xml;
  }

  List<Map<String, String>> rows() {
    for (PersistentClass entity : metadata.getEntityBindings()) {
      String entityName = entity.getClassName() != null ? entity.getClassName() : entity.getEntityName();
      Class<?> type = entity.getMappedClass();
      addTable(entity.getTable(), entityName);
      if (entity.getIdentifierProperty() != null) {
        addProperty(entity.getTable(), entity.getIdentifierProperty(), "", entityName, type);
      } else if (entity.getIdentifier() != null) {
        addColumns(entity.getTable(), entity.getIdentifier(), "id", entityName, Set.of("nullable"));
      }
      for (Property property : line.properties(entity)) {
        Table table = property.getValue().getTable() != null ? property.getValue().getTable() : entity.getTable();
        addProperty(table, property, "", entityName, type);
      }
      if (entity.getDiscriminator() != null) {
        addColumns(entity.getTable(), entity.getDiscriminator(), "(discriminator)", entityName, Set.of());
      }
    }
    for (Collection collection : metadata.getCollectionBindings()) {
      Table table = collection.getCollectionTable();
      PersistentClass owner = collection.getOwner();
      String entityName = owner.getClassName() != null ? owner.getClassName() : owner.getEntityName();
      String role = collection.getRole();
      String attribute = role.substring(role.lastIndexOf('.') + 1);
      addTable(table, entityName);
      addColumns(table, collection.getKey(), attribute, entityName, Set.of());
      if (collection.getElement() instanceof Component component) {
        addComponent(table, component, attribute + ".", entityName);
      } else {
        addColumns(table, collection.getElement(), attribute, entityName, Set.of());
      }
    }
    return rows.rows();
  }

  private void addProperty(Table table, Property property, String prefix, String entityName, Class<?> owner) {
    Value value = property.getValue();
    String attribute = prefix + property.getName();
    if (value instanceof Component component) {
      addComponent(table, component, attribute + ".", entityName);
      return;
    }
    if (value instanceof Collection) {
      return; // reported from the collection binding, with its own table
    }
    addColumns(table, value, attribute, entityName, xml.of(owner, property.getName()));
  }

  private void addComponent(Table table, Component component, String prefix, String entityName) {
    Class<?> type = component.getComponentClassName() == null ? null : componentClass(component);
    for (Property property : line.properties(component)) {
      addProperty(table, property, prefix, entityName, type);
    }
  }

  private static Class<?> componentClass(Component component) {
    try {
      return component.getComponentClass();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void addColumns(Table table, Value value, String attribute, String entityName, Set<String> declared) {
    if (value == null || table == null || table.isSubselect()) {
      return;
    }
    for (Selectable selectable : line.selectables(value)) {
      if (selectable instanceof Column column) {
        rows.column(table.getSchema(), table.getName(), table.isQuoted(), entityName, column.getName(), column.isQuoted(),
            attribute, declared);
      }
    }
  }

  /** A {@code @Subselect} entity's table is its query: nothing is exported for it. */
  private void addTable(Table table, String entityName) {
    if (table.isSubselect()) {
      return;
    }
    rows.table(table.getSchema(), table.getName(), table.isQuoted(), entityName);
  }
}
