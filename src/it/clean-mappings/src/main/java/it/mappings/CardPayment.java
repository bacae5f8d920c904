package it.mappings;

import jakarta.persistence.*;

@Entity
@Table(name = "card_payment")
public class CardPayment extends Payment {
  @Column(name = "card_number", length = 19)
  private String cardNumber;
}
