package dev.integrity.bridge.hibernate6;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

/**
 * Where each table and column of the model came from. One row per table ({@code column} absent) and per
 * column: {@code schema} (absent for the default schema), {@code table}, {@code column}, {@code quoted}
 * ("true" when the name is quoted and so case-sensitive), {@code entity}, {@code attribute} (dotted path
 * through embeddables) and {@code declared} (comma-separated subset of length, precision, scale, nullable
 * that the entity states in its mapping annotations rather than leaving to Hibernate's defaults).
 */
final class OriginCollector {

  private final Metadata metadata;
  private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();

  OriginCollector(Metadata metadata) {
    this.metadata = metadata;
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
      for (Property property : entity.getProperties()) {
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
    return new ArrayList<>(rows.values());
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
    addColumns(table, value, attribute, entityName, declared(owner, property.getName()));
  }

  private void addComponent(Table table, Component component, String prefix, String entityName) {
    Class<?> type = component.getComponentClassName() == null ? null : componentClass(component);
    for (Property property : component.getProperties()) {
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
    if (value == null || table == null) {
      return;
    }
    for (Selectable selectable : value.getSelectables()) {
      if (selectable instanceof Column column) {
        Map<String, String> row = base(table, entityName);
        row.put("column", column.getName());
        row.put("columnQuoted", Boolean.toString(column.isQuoted()));
        row.put("attribute", attribute);
        row.put("declared", String.join(",", declared));
        rows.putIfAbsent(key(table) + "." + column.getName(), row);
      }
    }
  }

  private void addTable(Table table, String entityName) {
    rows.putIfAbsent(key(table), base(table, entityName));
  }

  private static Map<String, String> base(Table table, String entityName) {
    Map<String, String> row = new LinkedHashMap<>();
    if (table.getSchema() != null) {
      row.put("schema", table.getSchema());
    }
    row.put("table", table.getName());
    row.put("quoted", Boolean.toString(table.isQuoted()));
    row.put("entity", entityName);
    return row;
  }

  private static String key(Table table) {
    return table.getSchema() + "." + table.getName();
  }

  /** The mapping attributes that the field or getter states explicitly through JPA annotations. */
  private static Set<String> declared(Class<?> owner, String property) {
    Set<String> declared = new LinkedHashSet<>();
    for (Annotation annotation : annotations(owner, property)) {
      String simple = annotation.annotationType().getSimpleName();
      switch (simple) {
        case "Column" -> {
          if (intAttribute(annotation, "length") != 255) {
            declared.add("length");
          }
          if (intAttribute(annotation, "precision") != 0) {
            declared.add("precision");
          }
          if (intAttribute(annotation, "scale") != 0) {
            declared.add("scale");
          }
          if (!booleanAttribute(annotation, "nullable")) {
            declared.add("nullable");
          }
        }
        case "JoinColumn" -> {
          if (!booleanAttribute(annotation, "nullable")) {
            declared.add("nullable");
          }
        }
        case "Basic", "ManyToOne", "OneToOne" -> {
          if (!booleanAttribute(annotation, "optional")) {
            declared.add("nullable");
          }
        }
        case "Id", "EmbeddedId", "NotNull", "NonNull" -> declared.add("nullable");
        case "Size", "Length" -> declared.add("length");
        case "Digits" -> {
          declared.add("precision");
          declared.add("scale");
        }
        default -> { }
      }
    }
    return declared;
  }

  private static List<Annotation> annotations(Class<?> owner, String property) {
    List<Annotation> found = new ArrayList<>();
    for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getName().equals(property)) {
          found.addAll(List.of(field.getAnnotations()));
        }
      }
      String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
      for (Method method : type.getDeclaredMethods()) {
        if (method.getParameterCount() == 0
            && (method.getName().equals("get" + suffix) || method.getName().equals("is" + suffix))) {
          found.addAll(List.of(method.getAnnotations()));
        }
      }
    }
    return found;
  }

  private static int intAttribute(Annotation annotation, String name) {
    Object value = attribute(annotation, name);
    return value instanceof Integer i ? i : 0;
  }

  private static boolean booleanAttribute(Annotation annotation, String name) {
    Object value = attribute(annotation, name);
    return !(value instanceof Boolean b) || b;
  }

  private static Object attribute(Annotation annotation, String name) {
    try {
      return annotation.annotationType().getMethod(name).invoke(annotation);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
