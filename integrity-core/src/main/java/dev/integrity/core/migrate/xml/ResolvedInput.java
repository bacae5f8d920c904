package dev.integrity.core.migrate.xml;

import java.io.InputStream;
import java.io.Reader;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.InputSource;

/** An entity resolver's answer as the schema factory's resource resolver must give it. */
final class ResolvedInput implements LSInput {

  private final InputSource source;

  ResolvedInput(InputSource source) {
    this.source = source;
  }

  @Override public Reader getCharacterStream() { return source.getCharacterStream(); }
  @Override public void setCharacterStream(Reader characterStream) { source.setCharacterStream(characterStream); }
  @Override public InputStream getByteStream() { return source.getByteStream(); }
  @Override public void setByteStream(InputStream byteStream) { source.setByteStream(byteStream); }
  @Override public String getStringData() { return null; }
  @Override public void setStringData(String stringData) {}
  @Override public String getSystemId() { return source.getSystemId(); }
  @Override public void setSystemId(String systemId) { source.setSystemId(systemId); }
  @Override public String getPublicId() { return source.getPublicId(); }
  @Override public void setPublicId(String publicId) { source.setPublicId(publicId); }
  @Override public String getBaseURI() { return null; }
  @Override public void setBaseURI(String baseURI) {}
  @Override public String getEncoding() { return source.getEncoding(); }
  @Override public void setEncoding(String encoding) { source.setEncoding(encoding); }
  @Override public boolean getCertifiedText() { return false; }
  @Override public void setCertifiedText(boolean certifiedText) {}
}
