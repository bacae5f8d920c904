package it.mappings;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class Invoice extends Document {
  private LocalDate due;
}
