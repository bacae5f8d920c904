package it.legacy;

/** No annotation: mapped only in META-INF/orm.xml. */
public class Customer {
  private Long id;
  private String name;
  private Address address;

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Address getAddress() {
    return address;
  }
}
