package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Packages as {@code <packages>} and Spring's {@code @EntityScan} name them, against class file paths. */
class PackageFilterTest {

  private static final List<String> PATHS = List.of("com/acme/Order.class", "com/acme/shop/Item.class", "com/acme/shop/domain/Cart.class",
      "com/acmecorp/Other.class", "org/lib/Lib.class", "META-INF/versions/17/com/acme/Order.class");

  @Test
  void aPackageKeepsItsClassesAndSubpackagesAndNothingThatOnlySharesItsPrefix() {
    assertEquals(List.of("com/acme/Order.class", "com/acme/shop/Item.class", "com/acme/shop/domain/Cart.class"), kept("com.acme"));
  }

  @Test
  void aClassNamedOutrightIsKept() {
    assertEquals(List.of("com/acme/Order.class"), kept("com.acme.Order"));
  }

  @Test
  void wildcardsReadAsSpringReadsThem() {
    assertEquals(List.of("com/acme/shop/Item.class", "com/acme/shop/domain/Cart.class"), kept("com.acme.*"));
    assertEquals(List.of("com/acme/shop/domain/Cart.class"), kept("com.**.domain"));
    assertEquals(List.of("com/acme/Order.class", "com/acme/shop/Item.class", "com/acme/shop/domain/Cart.class", "com/acmecorp/Other.class"),
        kept("com.acme*"));
  }

  @Test
  void noPackagesKeepEveryClassButThoseUnderMetaInf() {
    assertEquals(PATHS.subList(0, 5), PATHS.stream().filter(PackageFilter.of(List.of())::keeps).toList());
  }

  private static List<String> kept(String... packages) {
    PackageFilter filter = PackageFilter.of(Stream.of(packages).toList());
    return PATHS.stream().filter(filter::keeps).toList();
  }
}
