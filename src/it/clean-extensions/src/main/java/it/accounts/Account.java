package it.accounts;

import jakarta.persistence.*;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;

/** Columns of the types and defaults of the extensions the migrations create. */
@Entity
public class Account {
  @Id
  @ColumnDefault("uuid_generate_v4()")
  private UUID id;

  @Column(columnDefinition = "citext", nullable = false, unique = true)
  private String email;

  @Column(columnDefinition = "hstore")
  private String attributes;

  @ColumnDefault("gen_random_uuid()")
  private UUID token;

  @Column(name = "password_hash", length = 60)
  private String passwordHash;
}
