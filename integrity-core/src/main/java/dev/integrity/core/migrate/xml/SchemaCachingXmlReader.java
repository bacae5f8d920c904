package dev.integrity.core.migrate.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import liquibase.Scope;
import liquibase.resource.ResourceAccessor;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses a changelog file as Liquibase's validating parser does, except that the schemas its root element
 * names ({@code xsi:schemaLocation}, {@code xsi:noNamespaceSchemaLocation}) come compiled from a cache
 * kept per changelog parse (per resource accessor, so a project's own XSDs are never taken from another
 * run). A file that names schemas anywhere else, has a DOCTYPE, or names none is parsed by Liquibase's
 * own validating parser, unchanged.
 */
final class SchemaCachingXmlReader implements XMLReader {

  private static final String SCHEMA_LANGUAGE = "http://java.sun.com/xml/jaxp/properties/schemaLanguage";
  private static final Map<ResourceAccessor, Map<SchemaHints, SAXParserFactory>> FACTORIES = new WeakHashMap<>();

  private final SAXParserFactory liquibaseFactory;
  private final Map<String, Object> parserProperties;
  private final Map<String, Boolean> features = new LinkedHashMap<>();
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private EntityResolver entityResolver;
  private DTDHandler dtdHandler;
  private ContentHandler contentHandler;
  private ErrorHandler errorHandler;

  SchemaCachingXmlReader(SAXParserFactory liquibaseFactory, Map<String, Object> parserProperties) {
    this.liquibaseFactory = liquibaseFactory;
    this.parserProperties = parserProperties;
  }

  @Override
  public void parse(InputSource input) throws IOException, SAXException {
    InputStream stream = input.getByteStream();
    if (stream == null || input.getCharacterStream() != null) {
      parse(liquibaseParser(), input);
      return;
    }
    byte[] document = stream.readAllBytes();
    SchemaHints hints = SchemaHints.of(document);
    InputSource copy = new InputSource(new ByteArrayInputStream(document));
    copy.setSystemId(input.getSystemId());
    copy.setPublicId(input.getPublicId());
    copy.setEncoding(input.getEncoding());
    parse(hints == null ? liquibaseParser() : cachedSchemaParser(hints), copy);
  }

  @Override
  public void parse(String systemId) throws IOException, SAXException {
    parse(liquibaseParser(), new InputSource(systemId));
  }

  private void parse(SAXParser parser, InputSource input) throws IOException, SAXException {
    XMLReader reader = parser.getXMLReader();
    for (Map.Entry<String, Boolean> feature : features.entrySet()) {
      reader.setFeature(feature.getKey(), feature.getValue());
    }
    for (Map.Entry<String, Object> property : properties.entrySet()) {
      reader.setProperty(property.getKey(), property.getValue());
    }
    if (entityResolver != null) {
      reader.setEntityResolver(entityResolver);
    }
    if (dtdHandler != null) {
      reader.setDTDHandler(dtdHandler);
    }
    if (errorHandler != null) {
      reader.setErrorHandler(errorHandler);
    }
    reader.setContentHandler(contentHandler);
    reader.parse(input);
  }

  private SAXParser liquibaseParser() throws SAXException {
    try {
      SAXParser parser = liquibaseFactory.newSAXParser();
      for (Map.Entry<String, Object> property : parserProperties.entrySet()) {
        parser.setProperty(property.getKey(), property.getValue());
      }
      return parser;
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
  }

  private SAXParser cachedSchemaParser(SchemaHints hints) throws SAXException {
    SAXParserFactory factory;
    ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
    synchronized (FACTORIES) {
      factory = FACTORIES.computeIfAbsent(accessor, a -> new LinkedHashMap<>()).get(hints);
    }
    if (factory == null) {
      factory = schemaFactory(hints); // Liquibase's own factory when the schemas do not compile ahead
      synchronized (FACTORIES) {
        FACTORIES.computeIfAbsent(accessor, a -> new LinkedHashMap<>()).put(hints, factory);
      }
    }
    try {
      SAXParser parser = factory.newSAXParser();
      for (Map.Entry<String, Object> property : parserProperties.entrySet()) {
        if (factory == liquibaseFactory || !SCHEMA_LANGUAGE.equals(property.getKey())) { // the schema is given: no language to choose
          parser.setProperty(property.getKey(), property.getValue());
        }
      }
      return parser;
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
  }

  /** How many sets of schemas the parses under {@code accessor} compiled ahead (for tests). */
  static int compiledSchemas(ResourceAccessor accessor) {
    synchronized (FACTORIES) {
      return (int) FACTORIES.getOrDefault(accessor, Map.of()).values().stream().filter(factory -> factory.getSchema() != null).count();
    }
  }

  /** A non-validating parser of Liquibase's settings whose validator is the compiled schema: validation without reloading it. */
  private SAXParserFactory schemaFactory(SchemaHints hints) throws SAXException {
    try {
      boolean secure = liquibaseFactory.getFeature(XMLConstants.FEATURE_SECURE_PROCESSING);
      Object externalSchemas = parserProperties.get(XMLConstants.ACCESS_EXTERNAL_SCHEMA);
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(liquibaseFactory.isNamespaceAware());
      factory.setValidating(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, secure);
      Schema schema = hints.compile(entityResolver, secure, externalSchemas == null ? null : externalSchemas.toString());
      if (schema == null) {
        return liquibaseFactory;
      }
      factory.setSchema(schema);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
  }

  @Override
  public boolean getFeature(String name) {
    return features.getOrDefault(name, false);
  }

  @Override
  public void setFeature(String name, boolean value) {
    features.put(name, value);
  }

  @Override
  public Object getProperty(String name) {
    return properties.get(name);
  }

  @Override
  public void setProperty(String name, Object value) {
    properties.put(name, value);
  }

  @Override
  public void setEntityResolver(EntityResolver resolver) {
    this.entityResolver = resolver;
  }

  @Override
  public EntityResolver getEntityResolver() {
    return entityResolver;
  }

  @Override
  public void setDTDHandler(DTDHandler handler) {
    this.dtdHandler = handler;
  }

  @Override
  public DTDHandler getDTDHandler() {
    return dtdHandler;
  }

  @Override
  public void setContentHandler(ContentHandler handler) {
    this.contentHandler = handler;
  }

  @Override
  public ContentHandler getContentHandler() {
    return contentHandler;
  }

  @Override
  public void setErrorHandler(ErrorHandler handler) {
    this.errorHandler = handler;
  }

  @Override
  public ErrorHandler getErrorHandler() {
    return errorHandler;
  }
}
