package it.legacy;

/** An embeddable mapped only in META-INF/orm.xml. */
public class Address {
  private String street;
  private String city;
}
