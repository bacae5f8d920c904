package dev.integrity.core.migrate;

import dev.integrity.core.common.IntegrityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.parser.core.yaml.YamlParser;
import liquibase.util.LiquibaseUtil;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Changelog constructs the plugin's Liquibase cannot apply, named by changeSet ({@code file::id::author}) with
 * what the changeSet needs. XML changelogs fail schema validation on them (an attribute or element the bundled
 * XSD lacks); YAML and JSON changelogs fail on an unknown change type but silently drop an unknown attribute, so
 * the attributes Liquibase 5 added are looked for in them before anything runs.
 */
final class UnsupportedConstructs {

  /** What Liquibase 5.0 added to changelogs (its dbchangelog-5.0.xsd against 4.33's), with what to write instead. */
  static final List<Construct> LIQUIBASE_5 = List.of(
      new Construct("createTable", "partitionBy", "5.0",
          "create the partitioned table with a <sql> change (CREATE TABLE ... PARTITION BY ...) instead"),
      new Construct("modifyChangeSets", "failOnError", "5.0", "remove the attribute"));

  record Construct(String element, String attribute, String since, String instead) {}

  private static final Pattern XML_ERROR = Pattern.compile("Error parsing line (\\d+) column \\d+ of (.+?): (cvc-[\\w.-]+): (.*)", Pattern.DOTALL);
  private static final Pattern UNKNOWN_ATTRIBUTE = Pattern.compile("Attribute '([\\w:]+)' is not allowed to appear in element '(\\w+)'");
  private static final Pattern UNKNOWN_ELEMENT = Pattern.compile("Invalid content was found starting with element '(?:\\{\"[^\"]*\":)?([\\w:]+)}?'");
  private static final Pattern UNKNOWN_CHANGE = Pattern.compile("Error parsing (\\S+?\\.(?:ya?ml|json)): Unknown change type '(\\w+)'");
  private static final Pattern CHANGE_SET_START = Pattern.compile("<(?:\\w+:)?changeSet\\b([^>]*)>?");

  private UnsupportedConstructs() {}

  /** Fails on the first Liquibase 5 attribute in a YAML or JSON changelog, which Liquibase 4 would silently ignore. */
  static void checkYamlOrJson(String file, String text) {
    for (Map<?, ?> changeSet : yamlChangeSets(text)) {
      Object changes = changeSet.get("changes");
      for (Object change : changes instanceof List<?> list ? list : List.of()) {
        if (!(change instanceof Map<?, ?> named)) {
          continue;
        }
        for (Map.Entry<?, ?> entry : named.entrySet()) {
          Optional<Construct> construct = entry.getValue() instanceof Map<?, ?> attributes
              ? LIQUIBASE_5.stream().filter(c -> c.element().equals(entry.getKey()) && attributes.containsKey(c.attribute())).findFirst()
              : Optional.empty();
          if (construct.isPresent()) {
            throw new IntegrityException(needs(name(file, changeSet), construct.get()));
          }
        }
      }
    }
  }

  /**
   * The parse failure explained by the changeSet it is in, or null when it is not about an unknown attribute,
   * element or change type. {@code readFile} returns a changelog file's text by the path Liquibase names, or null.
   */
  static IntegrityException explain(String parseMessage, Function<String, String> readFile, Throwable cause) {
    Matcher xml = XML_ERROR.matcher(parseMessage);
    if (xml.find()) {
      String file = xml.group(2);
      int line = Integer.parseInt(xml.group(1));
      String changeSet = xmlChangeSetAt(file, readFile.apply(file), line);
      Matcher attribute = UNKNOWN_ATTRIBUTE.matcher(xml.group(4));
      if (attribute.find()) {
        return new IntegrityException(unknown(changeSet, attribute.group(2), attribute.group(1), line), cause);
      }
      Matcher element = UNKNOWN_ELEMENT.matcher(xml.group(4));
      if (element.find()) {
        return new IntegrityException(changeSet + " (line " + line + ") uses <" + element.group(1) + ">, which Liquibase "
            + LiquibaseUtil.getBuildVersion() + " (the plugin's) does not know: a change type of a newer Liquibase or of an"
            + " extension. Write it as a <sql> change and run again.", cause);
      }
      return null;
    }
    Matcher change = UNKNOWN_CHANGE.matcher(parseMessage);
    if (change.find()) {
      String file = change.group(1);
      String text = readFile.apply(file);
      String changeSet = "a changeSet in " + file;
      for (Map<?, ?> candidate : text == null ? List.<Map<?, ?>>of() : yamlChangeSets(text)) {
        Object changes = candidate.get("changes");
        if (changes instanceof List<?> list && list.stream().anyMatch(c -> c instanceof Map<?, ?> m && m.containsKey(change.group(2)))) {
          changeSet = name(file, candidate);
          break;
        }
      }
      return new IntegrityException(changeSet + " uses the change type " + change.group(2) + ", which Liquibase "
          + LiquibaseUtil.getBuildVersion() + " (the plugin's) does not know: a change type of a newer Liquibase or of an"
          + " extension. Write it as an sql change and run again.", cause);
    }
    return null;
  }

  private static String unknown(String changeSet, String element, String attribute, int line) {
    Optional<Construct> construct =
        LIQUIBASE_5.stream().filter(c -> c.element().equals(element) && c.attribute().equals(attribute)).findFirst();
    if (construct.isPresent()) {
      return needs(changeSet + " (line " + line + ")", construct.get());
    }
    return changeSet + " (line " + line + ") sets " + attribute + " on " + element + ", which Liquibase " + LiquibaseUtil.getBuildVersion()
        + " (the plugin's) does not know. Remove it or write that part as a <sql> change, and run again.";
  }

  private static String needs(String changeSet, Construct construct) {
    return changeSet + " sets " + construct.attribute() + " on " + construct.element() + ", which Liquibase " + construct.since()
        + " added; the plugin applies changelogs with Liquibase " + LiquibaseUtil.getBuildVersion() + ", which does not have it. "
        + Character.toUpperCase(construct.instead().charAt(0)) + construct.instead().substring(1) + ", and run again.";
  }

  private static String name(String file, Map<?, ?> changeSet) {
    return "changeSet " + file + "::" + changeSet.get("id") + "::" + changeSet.get("author");
  }

  /** The changeSet open at {@code line} (its start tag before, its end tag not), as {@code changeSet file::id::author}. */
  private static String xmlChangeSetAt(String file, String text, int line) {
    if (text == null) {
      return "a changeSet in " + file;
    }
    String[] lines = text.split("\r?\n", -1);
    String upTo = String.join("\n", List.of(lines).subList(0, Math.min(line, lines.length)));
    int start = Math.max(upTo.lastIndexOf("<changeSet"), upTo.lastIndexOf(":changeSet"));
    if (start < 0 || upTo.indexOf("changeSet>", start) >= 0) {
      return "the changelog " + file;
    }
    Matcher tag = CHANGE_SET_START.matcher(text.substring(upTo.lastIndexOf('<', start)));
    if (!tag.lookingAt()) {
      return "a changeSet in " + file;
    }
    return "changeSet " + file + "::" + attribute(tag.group(1), "id") + "::" + attribute(tag.group(1), "author");
  }

  private static String attribute(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(['\"])(.*?)\\1", Pattern.DOTALL).matcher(attributes);
    return m.find() ? m.group(2) : "?";
  }

  /**
   * The changeSets of a YAML or JSON changelog, read with Liquibase's own loader limits (SnakeYAML's defaults of
   * 3 MB and 50 aliases would reject changelogs Liquibase applies); none when the text does not load here, since
   * this is a check beside Liquibase's parse, not a parse of its own that may fail the build.
   */
  private static List<Map<?, ?>> yamlChangeSets(String text) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(YamlParser.createLoaderOptions())).load(text);
    } catch (RuntimeException e) {
      return List.of();
    }
    Object entries = root instanceof Map<?, ?> map ? map.get("databaseChangeLog") : null;
    if (!(entries instanceof List<?> list)) {
      return List.of();
    }
    return list.stream()
        .map(e -> e instanceof Map<?, ?> m ? m.get("changeSet") : null)
        .filter(c -> c instanceof Map<?, ?>)
        .<Map<?, ?>>map(c -> (Map<?, ?>) c)
        .toList();
  }
}
