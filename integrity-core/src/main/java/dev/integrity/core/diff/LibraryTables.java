package dev.integrity.core.diff;

import dev.integrity.core.schema.Sequence;
import dev.integrity.core.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tables (and sequences) that libraries create through the application's migrations and read with
 * plain JDBC, never through an entity: ShedLock, Quartz, Spring Batch, Spring Session JDBC and Spring
 * Integration JDBC. Recognised by name and by the columns each library's own schema script gives them, so
 * that an application table that merely shares a name stays a table of the application.
 */
final class LibraryTables {

  private record Shape(String library, Pattern name, Set<String> columns) {
    boolean matches(Table table) {
      return name.matcher(table.name().toLowerCase(Locale.ROOT)).matches()
          && table.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList().containsAll(columns);
    }
  }

  private static final List<Shape> SHAPES = List.of(
      new Shape("ShedLock", Pattern.compile("shedlock"), Set.of("name", "lock_until", "locked_at", "locked_by")),
      new Shape("Quartz", Pattern.compile("qrtz_[a-z_]+"), Set.of("sched_name")),
      new Shape("Spring Batch", Pattern.compile("batch_job_instance"), Set.of("job_instance_id", "job_name", "job_key")),
      new Shape("Spring Batch", Pattern.compile("batch_job_execution"), Set.of("job_execution_id", "job_instance_id", "status")),
      new Shape("Spring Batch", Pattern.compile("batch_job_execution_params"), Set.of("job_execution_id", "parameter_name")),
      new Shape("Spring Batch", Pattern.compile("batch_job_execution_params"), Set.of("job_execution_id", "key_name")),
      new Shape("Spring Batch", Pattern.compile("batch_step_execution"), Set.of("step_execution_id", "job_execution_id", "step_name")),
      new Shape("Spring Batch", Pattern.compile("batch_(job|step)_execution_context"), Set.of("short_context", "serialized_context")),
      new Shape("Spring Session", Pattern.compile("spring_session"), Set.of("primary_id", "session_id", "creation_time", "max_inactive_interval")),
      new Shape("Spring Session", Pattern.compile("spring_session_attributes"), Set.of("session_primary_id", "attribute_name", "attribute_bytes")),
      new Shape("Spring Integration", Pattern.compile("int_[a-z_]+"), Set.of("region")));

  private static final Pattern BATCH_SEQUENCE = Pattern.compile("batch_(job|job_execution|step_execution)_seq");

  private LibraryTables() {}

  /** The library whose table {@code table} is, or null when it is the application's. */
  static String libraryOf(Table table) {
    return SHAPES.stream().filter(s -> s.matches(table)).map(Shape::library).findFirst().orElse(null);
  }

  /** Whether {@code sequence} is one of Spring Batch's id sequences. */
  static boolean isLibrarySequence(Sequence sequence) {
    return BATCH_SEQUENCE.matcher(sequence.name().toLowerCase(Locale.ROOT)).matches();
  }
}
