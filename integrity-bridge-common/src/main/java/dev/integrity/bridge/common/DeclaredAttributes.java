package dev.integrity.bridge.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of length, precision, scale and nullable a field or getter states in its mapping annotations
 * (javax or jakarta JPA, Bean Validation, Hibernate's own) rather than leaving to Hibernate's defaults.
 * Annotations are matched by simple name, so one reader serves every Hibernate line. With {@code jpa} false (the
 * class is metadata-complete in an XML mapping file) only the Bean Validation and Hibernate Validator ones count:
 * Hibernate ignores the JPA annotations of such a class, but still applies Bean Validation's to the DDL.
 */
public final class DeclaredAttributes {

  private static final Set<String> JPA = Set.of("Column", "JoinColumn", "Basic", "ManyToOne", "OneToOne", "Id", "EmbeddedId");

  private DeclaredAttributes() {}

  public static Set<String> of(Class<?> owner, String property, boolean jpa) {
    Set<String> declared = new LinkedHashSet<>();
    for (Annotation annotation : annotations(owner, property)) {
      String simple = annotation.annotationType().getSimpleName();
      if (!jpa && JPA.contains(simple)) {
        continue;
      }
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
