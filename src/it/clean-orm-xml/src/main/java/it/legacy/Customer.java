package it.legacy;

/** No annotation: mapped only in META-INF/orm.xml. */
public class Customer {
  private Long id;
  private String name;
  private Address address;
}
