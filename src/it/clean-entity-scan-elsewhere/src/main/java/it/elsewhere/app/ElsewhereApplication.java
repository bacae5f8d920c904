package it.elsewhere.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Its entities live in it.elsewhere.model, registered by the application's own entity manager factory. */
@SpringBootApplication
public class ElsewhereApplication {
  public static void main(String[] args) {}
}
