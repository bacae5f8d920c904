package dev.integrity.core.migrate.xml;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/** Liquibase's validating factory, whose parsers validate against schemas compiled once ({@link SchemaCachingXmlReader}). */
final class SchemaCachingSaxParserFactory extends SAXParserFactory {

  private final SAXParserFactory liquibaseFactory;

  SchemaCachingSaxParserFactory(SAXParserFactory liquibaseFactory) {
    this.liquibaseFactory = liquibaseFactory;
    setNamespaceAware(liquibaseFactory.isNamespaceAware());
    setValidating(liquibaseFactory.isValidating());
  }

  @Override
  public SAXParser newSAXParser() throws ParserConfigurationException, SAXException {
    return new RecordingParser(liquibaseFactory);
  }

  @Override
  public void setFeature(String name, boolean value) throws ParserConfigurationException, SAXNotRecognizedException, SAXNotSupportedException {
    liquibaseFactory.setFeature(name, value);
  }

  @Override
  public boolean getFeature(String name) throws ParserConfigurationException, SAXNotRecognizedException, SAXNotSupportedException {
    return liquibaseFactory.getFeature(name);
  }

  /** Records the properties Liquibase sets; the reader applies them to whichever real parser it uses. */
  private static final class RecordingParser extends SAXParser {
    private final SAXParserFactory liquibaseFactory;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final SchemaCachingXmlReader reader;

    RecordingParser(SAXParserFactory liquibaseFactory) {
      this.liquibaseFactory = liquibaseFactory;
      this.reader = new SchemaCachingXmlReader(liquibaseFactory, properties);
    }

    @Override
    @SuppressWarnings("deprecation")
    public org.xml.sax.Parser getParser() {
      throw new UnsupportedOperationException("SAX1 parser");
    }

    @Override
    public XMLReader getXMLReader() {
      return reader;
    }

    @Override
    public boolean isNamespaceAware() {
      return liquibaseFactory.isNamespaceAware();
    }

    @Override
    public boolean isValidating() {
      return liquibaseFactory.isValidating();
    }

    @Override
    public void setProperty(String name, Object value) {
      properties.put(name, value);
    }

    @Override
    public Object getProperty(String name) {
      return properties.get(name);
    }
  }
}
