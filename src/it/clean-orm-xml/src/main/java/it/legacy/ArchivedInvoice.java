package it.legacy;

/** No annotation: mapped only in META-INF/archive.xml, the <mapping-file> persistence.xml names. */
public class ArchivedInvoice {
  private Long id;
  private String number;

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }
}
