package it.mappings;

import jakarta.persistence.*;

@Entity
public class Receipt extends Document {
  private String payer;
}
