package it.harbour;

import jakarta.persistence.*;

@Entity
public class Berth {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String quay;

  private int lengthMetres;

  protected Berth() {}

  public Berth(String quay, int lengthMetres) {
    // A statement before this(): flexible constructor bodies, Java 25 language (release 25 or newer).
    if (lengthMetres <= 0) {
      throw new IllegalArgumentException("length must be positive: " + lengthMetres);
    }
    this();
    this.quay = quay;
    this.lengthMetres = lengthMetres;
  }
}
