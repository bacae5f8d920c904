package dev.integrity.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void masksTheKnownPasswordWhereverItOccurs() {
    assertEquals("FATAL: user ci with password **** refused; again ****",
        Secrets.redact("FATAL: user ci with password s3cr3t! refused; again s3cr3t!", "s3cr3t!"));
  }

  @Test
  void masksPasswordParametersOfJdbcUrls() {
    assertEquals("cannot reach jdbc:postgresql://db:5432/app?user=ci&password=****&ssl=true",
        Secrets.redactUrls("cannot reach jdbc:postgresql://db:5432/app?user=ci&password=hunter2&ssl=true"));
    assertEquals("jdbc:postgresql://db/app?PASSWORD=****",
        Secrets.redactUrls("jdbc:postgresql://db/app?PASSWORD=hunter2"));
  }

  @Test
  void masksUserInfoPasswordsOfUrls() {
    assertEquals("postgresql://ci:****@db:5432/app and jdbc:postgresql://ci:****@other/app",
        Secrets.redactUrls("postgresql://ci:hunter2@db:5432/app and jdbc:postgresql://ci:p%40ss@other/app"));
  }

  @Test
  void leavesUrlsWithoutPasswordsAndPlainTextAlone() {
    String text = "jdbc:postgresql://db:5432/app?user=ci&ssl=true and http://host:8080/path";
    assertEquals(text, Secrets.redact(text, null));
    assertEquals(text, Secrets.redact(text, ""));
    assertNull(Secrets.redact(null, "x"));
  }
}
