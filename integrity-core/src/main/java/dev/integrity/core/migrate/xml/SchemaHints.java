package dev.integrity.core.migrate.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.Attributes;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.EntityResolver2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The schemas a changelog file's root element names: {@code xsi:schemaLocation} (namespace and location
 * pairs) and {@code xsi:noNamespaceSchemaLocation}, as written.
 */
record SchemaHints(String schemaLocation, String noNamespaceSchemaLocation) {

  private static final String MARKER = "chemaLocation"; // in both attribute names

  /** The root's hints, or null when the file must go to Liquibase's own parser (see {@link SchemaCachingXmlReader}). */
  static SchemaHints of(byte[] document) {
    String text = new String(document, StandardCharsets.ISO_8859_1);
    if (text.contains("<!DOCTYPE")) {
      return null;
    }
    String[] root = new String[2];
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.newSAXParser().parse(new ByteArrayInputStream(document), new DefaultHandler() {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
          root[0] = attributes.getValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation");
          root[1] = attributes.getValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "noNamespaceSchemaLocation");
          throw new RootRead();
        }
      });
      return null;
    } catch (RootRead read) {
      int named = (root[0] == null ? 0 : 1) + (root[1] == null ? 0 : 1);
      boolean pairs = root[0] == null || root[0].trim().split("\\s+").length % 2 == 0;
      return named > 0 && pairs && occurrences(text, MARKER) == named ? new SchemaHints(root[0], root[1]) : null;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      return null;
    }
  }

  /**
   * The named schemas compiled as the validating parser loads them: each location through Liquibase's
   * entity resolver, then as a URL. Null when they do not compile: Liquibase's parser then decides (it loads
   * a schema only when the file uses its namespace, so a broken one it never needs is no error there).
   */
  Schema compile(EntityResolver resolver, boolean secure, String externalSchemas) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, secure);
      if (externalSchemas != null) {
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, externalSchemas);
      }
      factory.setErrorHandler(STRICT);
      factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> input(resolve(resolver, publicId, baseUri, systemId)));
      List<Source> sources = new ArrayList<>();
      if (schemaLocation != null) {
        String[] pairs = schemaLocation.trim().split("\\s+");
        for (int i = 1; i < pairs.length; i += 2) {
          sources.add(source(resolve(resolver, null, null, pairs[i]), pairs[i]));
        }
      }
      if (noNamespaceSchemaLocation != null) {
        sources.add(source(resolve(resolver, null, null, noNamespaceSchemaLocation.trim()), noNamespaceSchemaLocation.trim()));
      }
      return factory.newSchema(sources.toArray(Source[]::new));
    } catch (SAXException | IOException | RuntimeException e) {
      return null;
    }
  }

  private static InputSource resolve(EntityResolver resolver, String publicId, String baseUri, String systemId) {
    try {
      if (resolver instanceof EntityResolver2 resolver2) {
        return resolver2.resolveEntity(null, publicId, baseUri, systemId);
      }
      return resolver == null ? null : resolver.resolveEntity(publicId, systemId);
    } catch (SAXException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Source source(InputSource resolved, String location) throws IOException {
    if (resolved == null) {
      return new StreamSource(location);
    }
    String systemId = resolved.getSystemId() != null ? resolved.getSystemId() : location;
    if (resolved.getCharacterStream() != null) {
      return new StreamSource(resolved.getCharacterStream(), systemId);
    }
    if (resolved.getByteStream() != null) {
      try (InputStream in = resolved.getByteStream()) {
        return new StreamSource(new ByteArrayInputStream(in.readAllBytes()), systemId);
      }
    }
    return new StreamSource(systemId);
  }

  private static LSInput input(InputSource resolved) {
    return resolved == null ? null : new ResolvedInput(resolved);
  }

  private static int occurrences(String text, String marker) {
    int count = 0;
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      count++;
    }
    return count;
  }

  /** Like Liquibase's handler: a warning fails too. */
  private static final ErrorHandler STRICT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  /** Stops reading at the root element. */
  private static final class RootRead extends SAXException {
    RootRead() {
      super(null, null);
    }
  }
}
