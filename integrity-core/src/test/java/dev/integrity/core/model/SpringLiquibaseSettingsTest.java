package dev.integrity.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringLiquibaseSettingsTest {

  @Test
  void theProdProfileFileOverridesTheDefaultProfileAndParametersKeepTheirNames(@TempDir Path classes) throws Exception {
    Files.createDirectories(classes.resolve("config"));
    Files.writeString(classes.resolve("config/application.yml"), """
        spring:
          liquibase:
            change-log: classpath:config/liquibase/master.xml
            contexts: default-contexts
            label-filter: '!slow'
            parameters:
              datetimeType: timestamp
        ---
        spring:
          config.activate.on-profile: dev
          liquibase.contexts: dev, faker
        """);
    Files.writeString(classes.resolve("config/application-dev.yml"), "spring.liquibase.contexts: dev\n");
    Files.writeString(classes.resolve("config/application-prod.properties"), "spring.liquibase.contexts=prod\n");

    Map<String, Setting> settings = SpringBootSettings.liquibase(List.of(classes));

    assertEquals(new Setting("prod", "spring.liquibase.contexts in config/application-prod.properties"), settings.get("contexts"));
    assertEquals("classpath:config/liquibase/master.xml", settings.get("changelog").value());
    assertEquals("!slow", settings.get("labelfilter").value());
    assertEquals("timestamp", settings.get("parameters.datetimeType").value());
  }
}
