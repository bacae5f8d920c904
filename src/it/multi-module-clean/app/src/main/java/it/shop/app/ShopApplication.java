package it.shop.app;

/** The application's entry point; its entities and changelog come from the entities and migrations modules. */
public class ShopApplication {
  public static void main(String[] args) {}
}
