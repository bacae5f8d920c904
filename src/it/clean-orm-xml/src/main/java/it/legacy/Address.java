package it.legacy;

/** An embeddable mapped only in META-INF/orm.xml. */
public class Address {
  private String street;
  private String city;

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }
}
