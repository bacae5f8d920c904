package dev.integrity.core.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * What Hibernate can read of a mapped class file, without its code: for a class annotated {@code @Entity},
 * {@code @Embeddable} or {@code @MappedSuperclass} (jakarta or javax), its name, access, supertypes, generic
 * signature and annotations; every field with its type, constant value and annotations; the record components; and
 * the methods Hibernate may map: constructors, annotated methods, methods without parameters that return a value
 * (getters, record accessors) and one-parameter setters — by signature and annotations, never by body. Two versions
 * of a class with the same surface map to the same DDL, so a change of a method body, or a new {@code toString},
 * needs no new export. Everything else (a converter, a naming strategy, a custom type, an unannotated class)
 * has no surface: its bytes count whole. So does a mapped class with an attribute this reader does not know.
 */
final class MappedClassSurface {

  private static final Set<String> MAPPED = Set.of(
      "Ljakarta/persistence/Entity;", "Ljakarta/persistence/Embeddable;", "Ljakarta/persistence/MappedSuperclass;",
      "Ljavax/persistence/Entity;", "Ljavax/persistence/Embeddable;", "Ljavax/persistence/MappedSuperclass;");
  /** Attributes about code, debugging or nesting: none of them says anything Hibernate maps. */
  private static final Set<String> IGNORED = Set.of("Code", "SourceFile", "SourceDebugExtension", "LineNumberTable",
      "LocalVariableTable", "LocalVariableTypeTable", "Deprecated", "Synthetic", "InnerClasses", "EnclosingMethod", "NestHost",
      "NestMembers", "BootstrapMethods", "Exceptions", "MethodParameters");
  private static final Set<String> ANNOTATIONS = Set.of("RuntimeVisibleAnnotations", "RuntimeInvisibleAnnotations");
  private static final Set<String> TYPE_ANNOTATIONS = Set.of("RuntimeVisibleTypeAnnotations", "RuntimeInvisibleTypeAnnotations");
  private static final Set<String> PARAMETER_ANNOTATIONS =
      Set.of("RuntimeVisibleParameterAnnotations", "RuntimeInvisibleParameterAnnotations");
  private static final int ACC_STATIC = 0x0008;
  private static final int ACC_SYNTHETIC = 0x1000;

  private final DataInputStream in;
  private Object[] pool;

  private MappedClassSurface(byte[] classFile) {
    this.in = new DataInputStream(new ByteArrayInputStream(classFile));
  }

  /** The surface of {@code classFile} as text; empty when it is not a mapped class or holds what this reader does not know. */
  static Optional<String> of(byte[] classFile) {
    try {
      return new MappedClassSurface(classFile).read();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** {@code content} itself, or its surface when it is a mapped class file: the bytes a fingerprint takes of a class directory's file. */
  static byte[] fingerprinted(byte[] content) {
    return of(content).map(surface -> ("surface\n" + surface).getBytes(StandardCharsets.UTF_8)).orElse(content);
  }

  private Optional<String> read() throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      return Optional.empty();
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    readPool();
    StringBuilder text = new StringBuilder();
    int access = in.readUnsignedShort();
    text.append("class ").append(access).append(' ').append(className(in.readUnsignedShort()))
        .append(" extends ").append(className(in.readUnsignedShort())).append(" implements");
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      text.append(' ').append(className(in.readUnsignedShort()));
    }
    text.append('\n');
    StringBuilder members = new StringBuilder();
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      member(members, "field", false);
    }
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      member(members, "method", true);
    }
    StringBuilder classAttributes = new StringBuilder();
    boolean mapped = attributes(classAttributes, true);
    return mapped ? Optional.of(text.append(classAttributes).append(members).toString()) : Optional.empty();
  }

  private void member(StringBuilder out, String kind, boolean method) throws IOException {
    int access = in.readUnsignedShort();
    String name = utf8(in.readUnsignedShort());
    String descriptor = utf8(in.readUnsignedShort());
    StringBuilder attributes = new StringBuilder();
    boolean annotated = attributes(attributes, false);
    if (!method || annotated || mappable(access, name, descriptor)) {
      out.append(kind).append(' ').append(access).append(' ').append(name).append(' ').append(descriptor).append('\n').append(attributes);
    }
  }

  /** A method Hibernate may map by its name and signature alone: a constructor, a getter or accessor, a setter. */
  private static boolean mappable(int access, String name, String descriptor) {
    if (name.equals("<init>")) {
      return true;
    }
    if ((access & (ACC_STATIC | ACC_SYNTHETIC)) != 0 || name.equals("<clinit>")
        || name.equals("toString") && descriptor.equals("()Ljava/lang/String;") || name.equals("hashCode") && descriptor.equals("()I")) {
      return false;
    }
    boolean returnsValue = !descriptor.endsWith(")V");
    return descriptor.startsWith("()") ? returnsValue : !returnsValue && name.startsWith("set") && parameters(descriptor) == 1;
  }

  private static int parameters(String descriptor) {
    int count = 0;
    int i = 1;
    while (descriptor.charAt(i) != ')') {
      while (descriptor.charAt(i) == '[') {
        i++;
      }
      i = descriptor.charAt(i) == 'L' ? descriptor.indexOf(';', i) + 1 : i + 1;
      count++;
    }
    return count;
  }

  /**
   * Appends the attributes that may matter, skips the {@link #IGNORED} ones and fails on any other. Returns, for a
   * class, whether it is annotated as mapped; for a member, whether it carries any annotation.
   */
  private boolean attributes(StringBuilder out, boolean ofClass) throws IOException {
    int count = in.readUnsignedShort();
    boolean found = false;
    for (int i = 0; i < count; i++) {
      String name = utf8(in.readUnsignedShort());
      int length = in.readInt();
      if (IGNORED.contains(name)) {
        in.skipNBytes(length);
      } else if (name.equals("Signature")) {
        out.append("  signature ").append(utf8(in.readUnsignedShort())).append('\n');
      } else if (name.equals("ConstantValue")) {
        out.append("  constant ").append(constant(in.readUnsignedShort())).append('\n');
      } else if (ANNOTATIONS.contains(name)) {
        out.append("  ").append(name).append(':');
        int annotations = in.readUnsignedShort();
        for (int a = 0; a < annotations; a++) {
          String type = annotation(out.append(' '));
          found |= !ofClass || MAPPED.contains(type);
        }
        out.append('\n');
      } else if (TYPE_ANNOTATIONS.contains(name)) {
        out.append("  ").append(name).append(':');
        int annotations = in.readUnsignedShort();
        for (int a = 0; a < annotations; a++) {
          typeAnnotation(out.append(' '));
        }
        out.append('\n');
        found |= !ofClass && annotations > 0;
      } else if (PARAMETER_ANNOTATIONS.contains(name)) {
        out.append("  ").append(name).append(':');
        int parameters = in.readUnsignedByte();
        for (int p = 0; p < parameters; p++) {
          int annotations = in.readUnsignedShort();
          out.append(" [");
          for (int a = 0; a < annotations; a++) {
            annotation(out.append(' '));
          }
          out.append(" ]");
          found |= !ofClass && annotations > 0;
        }
        out.append('\n');
      } else if (ofClass && name.equals("Record")) {
        int components = in.readUnsignedShort();
        for (int c = 0; c < components; c++) {
          out.append("  component ").append(utf8(in.readUnsignedShort())).append(' ').append(utf8(in.readUnsignedShort())).append('\n');
          attributes(out, false);
        }
      } else if (ofClass && name.equals("PermittedSubclasses")) {
        out.append("  permits");
        int classes = in.readUnsignedShort();
        for (int c = 0; c < classes; c++) {
          out.append(' ').append(className(in.readUnsignedShort()));
        }
        out.append('\n');
      } else {
        throw new IllegalStateException("attribute " + name);
      }
    }
    return found;
  }

  /** Appends {@code @Type(name=value, ...)}; returns the type's descriptor. */
  private String annotation(StringBuilder out) throws IOException {
    String type = utf8(in.readUnsignedShort());
    out.append('@').append(type).append('(');
    int pairs = in.readUnsignedShort();
    for (int i = 0; i < pairs; i++) {
      out.append(i == 0 ? "" : ",").append(utf8(in.readUnsignedShort())).append('=');
      elementValue(out);
    }
    out.append(')');
    return type;
  }

  private void elementValue(StringBuilder out) throws IOException {
    char tag = (char) in.readUnsignedByte();
    switch (tag) {
      case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's' -> out.append(tag).append(constant(in.readUnsignedShort()));
      case 'e' -> out.append(utf8(in.readUnsignedShort())).append('.').append(utf8(in.readUnsignedShort()));
      case 'c' -> out.append("class ").append(utf8(in.readUnsignedShort()));
      case '@' -> annotation(out);
      case '[' -> {
        int values = in.readUnsignedShort();
        out.append('{');
        for (int i = 0; i < values; i++) {
          elementValue(i == 0 ? out : out.append(','));
        }
        out.append('}');
      }
      default -> throw new IllegalStateException("element value " + tag);
    }
  }

  /** A type annotation of a class, field or method (those in code have other targets and are not read here). */
  private void typeAnnotation(StringBuilder out) throws IOException {
    int target = in.readUnsignedByte();
    out.append("target ").append(target);
    switch (target) {
      case 0x00, 0x01, 0x16 -> out.append(':').append(in.readUnsignedByte());
      case 0x10, 0x17 -> out.append(':').append(in.readUnsignedShort());
      case 0x11, 0x12 -> out.append(':').append(in.readUnsignedByte()).append(':').append(in.readUnsignedByte());
      case 0x13, 0x14, 0x15 -> { }
      default -> throw new IllegalStateException("type annotation target " + target);
    }
    int path = in.readUnsignedByte();
    out.append(" path");
    for (int i = 0; i < path; i++) {
      out.append(':').append(in.readUnsignedByte()).append('.').append(in.readUnsignedByte());
    }
    annotation(out.append(' '));
  }

  private void readPool() throws IOException {
    int count = in.readUnsignedShort();
    pool = new Object[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> pool[i] = in.readUTF();
        case 3 -> pool[i] = in.readInt();
        case 4 -> pool[i] = in.readFloat();
        case 5 -> pool[i++] = in.readLong();
        case 6 -> pool[i++] = in.readDouble();
        case 7, 8, 16, 19, 20 -> pool[i] = new Ref(tag, in.readUnsignedShort());
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 9, 10, 11, 12, 17, 18 -> in.readInt();
        default -> throw new IllegalStateException("constant pool tag " + tag);
      }
    }
  }

  /** A constant pool entry that names another: a class, string, method type, module or package. */
  private record Ref(int tag, int index) {}

  private String utf8(int index) {
    return (String) pool[index];
  }

  private String className(int index) {
    return index == 0 ? "-" : utf8(((Ref) pool[index]).index());
  }

  private String constant(int index) {
    Object value = pool[index];
    return value instanceof Ref ref ? utf8(ref.index()) : String.valueOf(value);
  }
}
