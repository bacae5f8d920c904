package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ${NAME}} and {@code ${NAME:default}} in the application's settings, resolved as Spring Boot resolves them at startup. */
class SettingReferencesTest {

  private static final String FILE = "application.yml";

  @Test
  void aReferenceResolvesFromASystemPropertyThenAnEnvironmentVariableThenAnotherSetting() {
    Map<String, Setting> settings = settings("shop.code", "from-settings", "a", "${shop.code}");
    assertEquals("from-settings", resolve(settings, Map.of(), Map.of()).get("a").value());
    assertEquals("from-environment", resolve(settings, Map.of(), Map.of("SHOP_CODE", "from-environment")).get("a").value());
    assertEquals("from-system", resolve(settings, Map.of("shop.code", "from-system"), Map.of("SHOP_CODE", "from-environment")).get("a").value());
  }

  @Test
  void anEnvironmentVariableIsLookedUpAsWrittenThenWithUnderscoresThenInUpperCase() {
    assertEquals(List.of("traceability.bpn", "traceability_bpn", "TRACEABILITY_BPN"), SettingReferences.environmentNames("traceability.bpn"));
    assertEquals(List.of("TRACEABILITY_BPN"), SettingReferences.environmentNames("TRACEABILITY_BPN"));
    Map<String, Setting> settings = settings("a", "${traceability-bpn}");
    assertEquals("BPNL1", resolve(settings, Map.of(), Map.of("TRACEABILITY_BPN", "BPNL1")).get("a").value());
  }

  @Test
  void theDefaultAppliesOnlyWhenNothingSetsTheNameAndMayItselfReferToOthers() {
    Map<String, Setting> settings = settings(
        "region", "eu",
        "set", "${REGION_CODE:xx}",
        "defaulted", "${MISSING:fallback}",
        "empty", "${MISSING:}",
        "nested", "${MISSING:${region}-1}",
        "url", "${DB_URL:jdbc:postgresql://localhost/app?currentSchema=shop}");
    Map<String, Setting> resolved = resolve(settings, Map.of(), Map.of("REGION_CODE", "de"));
    assertEquals("de", resolved.get("set").value());
    assertEquals("fallback", resolved.get("defaulted").value());
    assertEquals("", resolved.get("empty").value());
    assertEquals("eu-1", resolved.get("nested").value());
    assertEquals("jdbc:postgresql://localhost/app?currentSchema=shop", resolved.get("url").value());
  }

  @Test
  void aValueFoundIsResolvedInTurn() {
    Map<String, Setting> settings = settings("base", "/srv/${app}", "app", "shop", "data", "${base}/data");
    assertEquals("/srv/shop/data", resolve(settings, Map.of(), Map.of()).get("data").value());
  }

  @Test
  void aReferenceNothingSetsStaysAsWrittenAndIsNamed() {
    Map<String, Setting> settings = settings("bpn", "${TRACEABILITY_BPN}", "mixed", "x-${A}-${B:b}-${C:${D}}", "open", "${unclosed");
    Map<String, Setting> resolved = resolve(settings, Map.of(), Map.of());
    assertEquals(new Setting("${TRACEABILITY_BPN}", FILE), resolved.get("bpn"));
    assertEquals(List.of("TRACEABILITY_BPN"), resolved.get("bpn").unresolved());
    assertEquals("x-${A}-b-${D}", resolved.get("mixed").value());
    assertEquals(List.of("A", "D"), resolved.get("mixed").unresolved());
    assertEquals("${unclosed", resolved.get("open").value());
    assertEquals(List.of(), resolved.get("open").unresolved());
  }

  @Test
  void aCycleStaysUnresolvedInsteadOfLoopingForever() {
    Map<String, Setting> settings = settings("a", "${b}", "b", "${a}", "self", "${self}");
    Map<String, Setting> resolved = resolve(settings, Map.of(), Map.of());
    assertEquals("${a}", resolved.get("a").value());
    assertEquals("${self}", resolved.get("self").value());
  }

  @Test
  void theWarningAndTheErrorNameTheSettingItsFileAndHowToGiveAValue() {
    Setting setting = new Setting("${TRACEABILITY_BPN}", "spring.flyway.placeholders.applicationBpn in application.yml");
    assertEquals("integrity: spring.flyway.placeholders.applicationBpn in application.yml is '${TRACEABILITY_BPN}', and nothing sets"
        + " TRACEABILITY_BPN (no Java system property, environment variable or application setting of that name);"
        + " the migrations run with '${TRACEABILITY_BPN}' as its value. If the schema depends on it, give TRACEABILITY_BPN a value where"
        + " Maven runs (the environment variable TRACEABILITY_BPN, or -DTRACEABILITY_BPN=value on the mvn command line)"
        + " or the reference a default (${TRACEABILITY_BPN:value}).", setting.standInWarning());
    String error = new Setting("db/${app.module}", "spring.flyway.locations in application.yml").unresolvedError().getMessage();
    assertTrue(error.startsWith("spring.flyway.locations in application.yml is 'db/${app.module}', and nothing sets app.module"), error);
    assertTrue(error.contains("the environment variable APP_MODULE, or -Dapp.module=value"), error);
  }

  /** Through the files: the prod profile's value of the setting referred to wins, as in the application's environment. */
  @Test
  void theFilesSettingsResolveAgainstTheActiveProfiles(@TempDir Path classes) throws Exception {
    Files.writeString(classes.resolve("application.yml"), """
        shop.name-length: 80
        spring.flyway.placeholders.name_length: ${shop.name-length}
        spring.flyway.placeholders.note_length: ${INTEGRITY_TEST_UNSET_NOTE_LENGTH:255}
        """);
    Files.writeString(classes.resolve("application-prod.properties"), "shop.name-length=100\n");
    Map<String, Setting> flyway = SpringBootSettings.flyway(List.of(classes), SpringBootSettings.DEFAULT_PROFILES);
    assertEquals("100", flyway.get("placeholders.name_length").value());
    assertEquals("255", flyway.get("placeholders.note_length").value());
  }

  private static Map<String, Setting> resolve(Map<String, Setting> settings, Map<String, String> system, Map<String, String> environment) {
    return SettingReferences.resolve(settings, system::get, environment::get);
  }

  private static Map<String, Setting> settings(String... keysAndValues) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      settings.put(keysAndValues[i], new Setting(keysAndValues[i + 1], FILE));
    }
    return settings;
  }
}
