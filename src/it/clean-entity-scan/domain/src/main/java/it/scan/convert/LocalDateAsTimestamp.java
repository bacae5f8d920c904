package it.scan.convert;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.LocalDate;

/** How the application stores its dates; registered through @EntityScan only. */
@Converter(autoApply = true)
public class LocalDateAsTimestamp implements AttributeConverter<LocalDate, Timestamp> {
  @Override
  public Timestamp convertToDatabaseColumn(LocalDate date) {
    return date == null ? null : Timestamp.valueOf(date.atStartOfDay());
  }

  @Override
  public LocalDate convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime().toLocalDate();
  }
}
