package dev.integrity.core.run;

import dev.integrity.core.common.Log;
import dev.integrity.core.api.VerifyRequest;

import dev.integrity.core.model.EntityScanner;
import dev.integrity.core.model.EntitySource;
import java.util.List;
import java.util.Optional;

/**
 * Whether a module of a multi-module build has something to check: mapped classes in it or the
 * dependencies scanned for it, and migrations (its own or on its classpath). A module that lacks either
 * is skipped with the reason instead of failing the build; a single project gets the errors instead.
 */
public final class Applicability {

  /** Why a module is skipped, and whether it has entities (then the skip deserves a warning: something goes unchecked). */
  public record Skip(String reason, boolean hasEntities) {}

  private Applicability() {}

  /**
   * @param needsEntities whether the goal exports the entity model ({@code verify}, {@code diff})
   * @return why the module is skipped, or empty when it is checked
   */
  public static Optional<Skip> skip(VerifyRequest request, boolean needsEntities) {
    int entities = needsEntities ? EntityScanner.scan(request.model().entitySources(), request.model().packages(), Log.SILENT).classes().size() : 0;
    if (needsEntities && entities == 0) {
      return Optional.of(new Skip("no entity classes in it or its dependencies (scanned "
          + scanned(request.model().entitySources().stream().map(EntitySource::name).toList())
          + (request.model().packages().isEmpty() ? "" : " within packages " + String.join(", ", request.model().packages())) + ")", false));
    }
    if (!MigrationLookup.exists(request)) {
      return Optional.of(new Skip((needsEntities ? entities + " entity classes but " : "") + "no migrations found: "
          + MigrationLookup.notFound(request) + ". Set <changeLogFile> (or <flywayLocations>) in this module to check it", entities > 0));
    }
    return Optional.empty();
  }

  private static String scanned(List<String> names) {
    return names.size() <= 5 ? String.join(", ", names) : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
  }
}
