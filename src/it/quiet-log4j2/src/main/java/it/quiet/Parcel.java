package it.quiet;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Table(indexes = @Index(name = "ix_parcel_shipment_id", columnList = "shipment_id"))
public class Parcel {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @ManyToOne(optional = false)
  private Shipment shipment;

  @Column(precision = 8, scale = 3)
  private BigDecimal weightKg;
}
