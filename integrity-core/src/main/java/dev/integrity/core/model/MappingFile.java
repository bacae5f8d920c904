package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One XML mapping file the persistence unit reads ({@code name} as the application names it, {@code url} where it was
 * found, {@code reason} what makes the application read it), with what a JPA {@code <entity-mappings>} file maps: its
 * classes (entities, mapped superclasses, embeddables, qualified by {@code <package>}), which of length, precision, scale
 * and nullable it states per attribute ({@code class#attribute}), and the classes whose annotations it makes void ({@code
 * metadata-complete}, or every class under {@code <xml-mapping-metadata-complete/>}). Of Hibernate's own {@code
 * <hibernate-mapping>} files (hbm.xml) only the top-level {@code <class>} names are read; Hibernate reads the rest.
 */
record MappingFile(String name, URL url, String reason, List<String> classes, Map<String, Set<String>> declared,
    Set<String> metadataComplete) {

  private static final Set<String> MAPPED = Set.of("entity", "mapped-superclass", "embeddable");

  MappingFile {
    classes = List.copyOf(classes);
    declared = Map.copyOf(declared);
    metadataComplete = Set.copyOf(metadataComplete);
  }

  static MappingFile read(String name, URL url, String reason) {
    Element root = parse(name, url);
    List<String> classes = new ArrayList<>();
    Map<String, Set<String>> declared = new LinkedHashMap<>();
    Set<String> complete = new LinkedHashSet<>();
    if (root.getLocalName().equals("entity-mappings")) {
      String pkg = childText(root, "package");
      boolean allComplete = child(root, "persistence-unit-metadata") != null
          && child(child(root, "persistence-unit-metadata"), "xml-mapping-metadata-complete") != null;
      for (Element mapped : children(root)) {
        if (!MAPPED.contains(mapped.getLocalName())) {
          continue;
        }
        String className = qualified(mapped.getAttribute("class"), pkg);
        if (className.isEmpty()) {
          throw new IntegrityException("the mapping file " + name + " (" + url + ") has an <" + mapped.getLocalName()
              + "> without a class. Fix the file; the application would fail the same way at startup.");
        }
        classes.add(className);
        if (allComplete || Boolean.parseBoolean(mapped.getAttribute("metadata-complete").trim())) {
          complete.add(className);
        }
        Element attributes = child(mapped, "attributes");
        for (Element attribute : attributes == null ? List.<Element>of() : children(attributes)) {
          Set<String> stated = stated(attribute);
          if (!stated.isEmpty() && !attribute.getAttribute("name").isEmpty()) {
            declared.put(className + "#" + attribute.getAttribute("name"), stated);
          }
        }
      }
    }
    if (root.getLocalName().equals("hibernate-mapping")) {
      for (Element mapped : children(root)) {
        if (mapped.getLocalName().equals("class")) {
          classes.add(qualified(mapped.getAttribute("name"), root.getAttribute("package").trim()));
        }
      }
    }
    return new MappingFile(name, url, reason, classes, declared, complete);
  }

  /** What an attribute element ({@code <basic>}, {@code <id>}, {@code <many-to-one>}, ...) states, as the annotations would. */
  private static Set<String> stated(Element attribute) {
    Set<String> stated = new LinkedHashSet<>();
    switch (attribute.getLocalName()) {
      case "id", "embedded-id" -> stated.add("nullable");
      case "basic", "many-to-one", "one-to-one" -> {
        if ("false".equals(attribute.getAttribute("optional").trim())) {
          stated.add("nullable");
        }
      }
      default -> { }
    }
    for (Element column : children(attribute)) {
      if (column.getLocalName().equals("column") || column.getLocalName().equals("join-column")) {
        for (String size : List.of("length", "precision", "scale")) {
          if (column.getLocalName().equals("column") && !column.getAttribute(size).isBlank()) {
            stated.add(size);
          }
        }
        if ("false".equals(column.getAttribute("nullable").trim())) {
          stated.add("nullable");
        }
      }
    }
    return stated;
  }

  private static String qualified(String className, String pkg) {
    String name = className.trim();
    return name.isEmpty() || name.contains(".") || pkg.isEmpty() ? name : pkg + "." + name;
  }

  private static Element child(Element parent, String localName) {
    return children(parent).stream().filter(e -> e.getLocalName().equals(localName)).findFirst().orElse(null);
  }

  private static String childText(Element parent, String localName) {
    Element child = child(parent, localName);
    return child == null ? "" : child.getTextContent().trim();
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }

  private static Element parse(String name, URL url) {
    try (InputStream in = url.openStream()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(in).getDocumentElement();
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IntegrityException("cannot read the mapping file " + name + " (" + url + "): " + e.getMessage()
          + ". Fix the file; the application would fail the same way at startup.", e);
    }
  }
}
