package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The persistence unit in the project's {@code META-INF/persistence.xml} (the first unit when there are several): its
 * properties and its {@code <mapping-file>} entries.
 */
final class PersistenceXml {

  private static final String FILE = "META-INF/persistence.xml";

  private PersistenceXml() {}

  static Map<String, Setting> read(List<Path> roots) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    unit(roots).ifPresent(unit -> {
      String source = FILE + " (unit " + unit.getAttribute("name") + ")";
      NodeList properties = unit.getElementsByTagNameNS("*", "property");
      for (int i = 0; i < properties.getLength(); i++) {
        Element property = (Element) properties.item(i);
        settings.put(property.getAttribute("name"), new Setting(property.getAttribute("value"), source));
      }
    });
    return settings;
  }

  /** The unit's {@code <mapping-file>} entries, comma-separated, with where they were set. */
  static Optional<Setting> mappingFiles(List<Path> roots) {
    return unit(roots).flatMap(unit -> {
      NodeList files = unit.getElementsByTagNameNS("*", "mapping-file");
      List<String> names = new ArrayList<>();
      for (int i = 0; i < files.getLength(); i++) {
        names.add(files.item(i).getTextContent().trim());
      }
      return names.isEmpty() ? Optional.empty()
          : Optional.of(new Setting(String.join(",", names), "<mapping-file> in " + FILE + " (unit " + unit.getAttribute("name") + ")"));
    });
  }

  /** The first unit of the first root that has the file. */
  private static Optional<Element> unit(List<Path> roots) {
    return roots.stream().map(root -> root.resolve(FILE)).filter(Files::isRegularFile).findFirst().map(PersistenceXml::firstUnit);
  }

  private static Element firstUnit(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(in);
      NodeList units = document.getElementsByTagNameNS("*", "persistence-unit");
      return units.getLength() == 0 ? null : (Element) units.item(0);
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IntegrityException("cannot read " + file + ": " + e.getMessage() + ". Fix the file, or set the Hibernate settings in <hibernateProperties>.", e);
    }
  }
}
