package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

  @Test
  void hasTheContractShapePlusCountsTimingsAndHealth(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    Path file = JsonReport.write(run.output, run.drifted());
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertEquals(List.of("status", "differences", "findings", "changelog", "counts", "ignored", "timings", "health"), names(json));
    assertEquals("failed", json.get("status").asText());
    assertEquals("changelog.xml", json.get("changelog").asText());
    JsonNode first = json.get("differences").get(0);
    assertEquals(List.of("kind", "severity", "schema", "table", "column", "model", "database", "message", "entity"), names(first));
    assertEquals("EXTRA_TABLE", first.get("kind").asText());
    assertTrue(first.get("column").isNull() && first.get("model").isNull() && first.get("entity").isNull());
    assertEquals("{\"CRITICAL\":1,\"HIGH\":1,\"MEDIUM\":1,\"LOW\":1}", json.get("counts").toString());
    assertEquals(List.of("database start", "migrate", "diff"), names(json.get("timings")));
    assertEquals("red", json.get("health").asText());
    assertTrue(Files.readString(file).endsWith("}\n"));
  }

  @Test
  void aCleanRunPassesWithNoChangelog(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    JsonNode json = new ObjectMapper().readTree(JsonReport.write(run.output, run.clean()).toFile());
    assertEquals("passed", json.get("status").asText());
    assertEquals(0, json.get("differences").size());
    assertTrue(json.get("changelog").isNull());
    assertEquals("green", json.get("health").asText());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
