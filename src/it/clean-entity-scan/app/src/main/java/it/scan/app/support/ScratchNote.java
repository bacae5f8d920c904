package it.scan.app.support;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity outside @EntityScan's packages: not in the application's model, so no table is expected. */
@Entity
public class ScratchNote {
  @Id
  Long id;

  String text;
}
