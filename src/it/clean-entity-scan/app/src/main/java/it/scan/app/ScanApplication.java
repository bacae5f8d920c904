package it.scan.app;

import it.scan.convert.LocalDateAsTimestamp;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;

@SpringBootApplication
@EntityScan(basePackages = "it.scan.domain", basePackageClasses = LocalDateAsTimestamp.class)
public class ScanApplication {
  public static void main(String[] args) {}
}
