package dev.integrity.core.drift;

import dev.integrity.core.api.VerifyRequest;
import dev.integrity.core.database.Database;
import java.time.Duration;
import java.util.Objects;

/**
 * One run of the drift check: {@code project} says where the changelog, the entity model, the disposable
 * database, the snapshot, the reports and {@code failOn} are; {@code live} is the database read (read
 * only); {@code webhookUrl} null posts nothing, {@code email} null mails nothing.
 */
public record DriftRequest(VerifyRequest project, Database live, boolean checkData, Duration statementTimeout, String webhookUrl,
    EmailAlert email) {

  public DriftRequest {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(live, "live");
    statementTimeout = statementTimeout == null ? Duration.ofSeconds(30) : statementTimeout;
  }

  /** A drift check that mails nothing. */
  public DriftRequest(VerifyRequest project, Database live, boolean checkData, Duration statementTimeout, String webhookUrl) {
    this(project, live, checkData, statementTimeout, webhookUrl, null);
  }

  @Override
  public String toString() {
    return "DriftRequest[" + live + ", checkData " + checkData + ", statementTimeout " + statementTimeout
        + (webhookUrl == null ? "" : ", webhook " + Webhook.redact(webhookUrl)) + (email == null ? "" : ", " + email) + "]";
  }
}
