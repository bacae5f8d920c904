package it.audit;

import jakarta.persistence.*;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(schema = "billing")
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Client client;

  @Column(precision = 12, scale = 2)
  private BigDecimal total;
}
