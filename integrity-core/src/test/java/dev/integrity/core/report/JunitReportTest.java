package dev.integrity.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

  @Test
  void oneTestCasePerTableAndOneFailurePerDifference(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    Element suite = parse(JunitReport.write(run.output, run.drifted(), SampleRun.TABLES)).getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("integrity", suite.getAttribute("name"));
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("2", suite.getAttribute("failures"));
    assertEquals("0", suite.getAttribute("errors"));
    assertEquals("2.005", suite.getAttribute("time"));
    assertEquals(List.of("integrity.public customer 0", "integrity.public invoice 3", "integrity.public legacy_audit 1"), cases(suite));
    Element invoiceFailure = (Element) ((Element) suite.getElementsByTagName("testcase").item(1)).getElementsByTagName("failure").item(1);
    assertEquals("TYPE_MISMATCH", invoiceFailure.getAttribute("type"));
    assertEquals("HIGH TYPE_MISMATCH amount: column invoice.amount is numeric(10,2) in the database, narrower than the model's numeric(38,2)",
        invoiceFailure.getAttribute("message"));
    assertEquals("column invoice.amount is numeric(10,2) in the database, narrower than the model's numeric(38,2)\n"
        + "model:    numeric(38,2)\ndatabase: numeric(10,2)\nentity:   com.example.shop.Invoice\n", invoiceFailure.getTextContent());
  }

  @Test
  void oneTestCasePerLintRuleAndOneFailurePerFinding(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    Element suite = parse(JunitReport.write(run.output, run.linted(), SampleRun.TABLES)).getDocumentElement();
    assertEquals("5", suite.getAttribute("tests"));
    assertEquals("4", suite.getAttribute("failures"));
    assertEquals(List.of("integrity.public customer 0", "integrity.public invoice 3", "integrity.public legacy_audit 1",
        "integrity.lint destructive-change 1", "integrity.lint fk-without-index 1"), cases(suite));
    Element fk = (Element) ((Element) suite.getElementsByTagName("testcase").item(4)).getElementsByTagName("failure").item(0);
    assertEquals("fk-without-index", fk.getAttribute("type"));
    assertEquals("MEDIUM fk-without-index entity com.example.shop.Invoice: foreign key invoice(customer_id) has no index leading with its columns",
        fk.getAttribute("message"));
    assertTrue(fk.getTextContent().contains("\nfix:      CREATE INDEX invoice_customer_id_idx ON public.invoice (customer_id);\n"), fk.getTextContent());
  }

  @Test
  void aCleanRunHasOnlyPassingTestCases(@TempDir Path root) throws Exception {
    SampleRun run = new SampleRun(root);
    Element suite = parse(JunitReport.write(run.output, run.clean(), SampleRun.TABLES)).getDocumentElement();
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("0", suite.getAttribute("failures"));
    assertEquals(0, suite.getElementsByTagName("failure").getLength());
  }

  static Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> cases(Element suite) {
    List<String> cases = new ArrayList<>();
    NodeList testcases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < testcases.getLength(); i++) {
      Element testcase = (Element) testcases.item(i);
      cases.add(testcase.getAttribute("classname") + " " + testcase.getAttribute("name") + " "
          + testcase.getElementsByTagName("failure").getLength());
    }
    return cases;
  }
}
