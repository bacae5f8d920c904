package dev.integrity.core.model;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The properties of the persistence unit in the project's {@code META-INF/persistence.xml} (the first unit when there are several). */
final class PersistenceXml {

  private PersistenceXml() {}

  static Map<String, Setting> read(List<Path> roots) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (Path root : roots) {
      Path file = root.resolve("META-INF/persistence.xml");
      if (Files.isRegularFile(file)) {
        Element unit = firstUnit(file);
        if (unit != null) {
          String source = "META-INF/persistence.xml (unit " + unit.getAttribute("name") + ")";
          NodeList properties = unit.getElementsByTagNameNS("*", "property");
          for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            settings.put(property.getAttribute("name"), new Setting(property.getAttribute("value"), source));
          }
        }
        return settings;
      }
    }
    return settings;
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
