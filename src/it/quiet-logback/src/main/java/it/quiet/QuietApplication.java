package it.quiet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class QuietApplication {

  public static void main(String[] args) {
    SpringApplication.run(QuietApplication.class, args);
  }
}
