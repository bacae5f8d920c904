package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.integrity.core.support.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as a person sees it: opened in headless Chromium, its DOM read back, a screenshot kept in target/. */
class HtmlReportTest {

  private static final Pattern EXTERNAL = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE);

  @Test
  void isSelfContained(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    String html = Files.readString(HtmlReport.write(run.output, run.drifted()));
    assertFalse(EXTERNAL.matcher(html).find(), "the page loads nothing from the network");
    assertFalse(html.contains("<script"), "the page runs no script");
    assertFalse(html.contains("<link"), "the page links no stylesheet");
  }

  @Test
  void showsVerdictHealthDifferencesSideBySideAndTheFixInABrowser(@TempDir Path root) throws Exception {
    Chromium chromium = Chromium.require();
    SampleRun run = new SampleRun(root);
    Path page = HtmlReport.write(run.output, run.drifted());
    String dom = chromium.dumpDom(page);
    assertEquals("failed", text(dom, "<span id=\"verdict\"[^>]*>(.*?)</span>"));
    assertEquals("red", text(dom, "<span id=\"health\" class=\"health red\">(.*?)</span>"));
    assertEquals("1 critical, 1 high, 1 medium, 1 low", text(dom, "<span id=\"counts\">(.*?)</span>"));
    assertEquals(List.of("public.invoice", "public.legacy_audit"), all(dom, "<section class=\"table\" data-table=\"([^\"]+)\">"));
    assertTrue(dom.contains("<td>MISSING_COLUMN</td><td>note</td><td class=\"side model\">character varying(40) not null</td>"
        + "<td class=\"side absent database\">absent</td>"), dom);
    assertTrue(dom.contains("<td class=\"side model\">index on (note) &lt;&amp;&gt; \"quoted\"</td>"), "escaped, not markup: " + dom);
    assertTrue(dom.contains("<td class=\"side model\">numeric(38,2)</td><td class=\"side database\">numeric(10,2)</td>"), dom);
    assertTrue(text(dom, "<pre id=\"changelog\">(.*?)</pre>").contains("&lt;changeSet id=\"add-invoice-note\" author=\"integrity\"/&gt;"), dom);
    chromium.screenshot(page, Path.of("target/html-report/drifted.png"));
  }

  @Test
  void listsLintFindingsWithTheirFixInABrowser(@TempDir Path root) throws Exception {
    Chromium chromium = Chromium.require();
    SampleRun run = new SampleRun(root);
    Path page = HtmlReport.write(run.output, run.linted());
    String dom = chromium.dumpDom(page);
    assertEquals("Lint findings", text(dom, "<section id=\"findings\">\\s*<h2>(.*?)</h2>"));
    assertEquals(List.of("fk-without-index", "destructive-change"), all(dom, "<tr class=\"finding\" data-rule=\"([^\"]+)\">"));
    assertTrue(dom.contains("<td>fk-without-index</td><td>entity com.example.shop.Invoice</td>"
        + "<td>foreign key invoice(customer_id) has no index leading with its columns</td>"
        + "<td class=\"side fix\">CREATE INDEX invoice_customer_id_idx ON public.invoice (customer_id);</td>"), dom);
    assertFalse(Files.readString(HtmlReport.write(run.output, run.drifted())).contains("id=\"findings\""), "no findings, no section");
    chromium.screenshot(page, Path.of("target/html-report/linted.png"));
  }

  @Test
  void aCleanPageSaysSoInABrowser(@TempDir Path root) throws Exception {
    Chromium chromium = Chromium.require();
    SampleRun run = new SampleRun(root);
    Path page = HtmlReport.write(run.output, run.clean());
    String dom = chromium.dumpDom(page);
    assertEquals("passed", text(dom, "<span id=\"verdict\"[^>]*>(.*?)</span>"));
    assertEquals("green", text(dom, "<span id=\"health\" class=\"health green\">(.*?)</span>"));
    assertEquals("No differences: the migrated database matches the entity model.", text(dom, "<p id=\"clean\">(.*?)</p>"));
    assertFalse(dom.contains("id=\"changelog\""), dom);
    chromium.screenshot(page, Path.of("target/html-report/clean.png"));
  }

  private static String text(String dom, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(dom);
    assertTrue(m.find(), "no " + regex + " in " + dom);
    return m.group(1);
  }

  private static List<String> all(String dom, String regex) {
    return Pattern.compile(regex).matcher(dom).results().map(r -> r.group(1)).toList();
  }
}
