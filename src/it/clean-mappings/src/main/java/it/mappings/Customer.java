package it.mappings;

import jakarta.persistence.*;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Check(constraints = "loyalty_points >= 0")
public class Customer extends BaseEntity {
  @Embedded
  private Address address;

  @ElementCollection
  private Set<String> tags;

  @Lob
  private String biography;

  @JdbcTypeCode(SqlTypes.JSON)
  private String preferences;

  private String[] nicknames;

  @Column(name = "external_id", nullable = false, unique = true)
  private UUID externalId;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated(EnumType.ORDINAL)
  private Level level;

  @ColumnDefault("0")
  @Column(name = "loyalty_points")
  private int loyaltyPoints;

  @Column(columnDefinition = "text")
  private String remarks;
}
