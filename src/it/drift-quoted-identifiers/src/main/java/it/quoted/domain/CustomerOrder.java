package it.quoted.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "order", indexes = @Index(name = "IX_order_placedAt", columnList = "placedAt"))
public class CustomerOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user", nullable = false)
  private AppUser user;

  @Column(name = "placedAt")
  private LocalDateTime placedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "Status", length = 20)
  private OrderStatus status;
}
