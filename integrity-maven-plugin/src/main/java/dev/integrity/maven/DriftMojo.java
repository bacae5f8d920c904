package dev.integrity.maven;

import dev.integrity.core.Integrity;
import dev.integrity.core.database.Database;
import dev.integrity.core.drift.DriftRequest;
import dev.integrity.core.drift.DriftResult;
import dev.integrity.core.drift.EmailAlert;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Reads a live database (read only) and compares it with the migrations, or with {@code snapshotFile}
 * when it exists; checks its Liquibase history and, with {@code checkData}, its rows against the model.
 */
@Mojo(name = "drift", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DriftMojo extends AbstractIntegrityMojo {

  /** Also run the read-only data checks on the live database. */
  @Parameter(property = "integrity.checkData", defaultValue = "false")
  private boolean checkData;

  /** The bound of each query on the live database: {@code 30s}, {@code 2m}. */
  @Parameter(property = "integrity.statementTimeout", defaultValue = "30s")
  private String statementTimeout;

  /** An incoming webhook (Slack, Teams, Discord) told when the verdict or the schema hash changes. */
  @Parameter(property = "integrity.webhookUrl")
  private String webhookUrl;

  /** The name of an environment variable holding the webhook URL, so that the secret stays out of the POM. */
  @Parameter(property = "integrity.webhookUrlEnv")
  private String webhookUrlEnv;

  /** The SMTP server that mails the summary when the verdict or the schema hash changes; no e-mail when not set. */
  @Parameter(property = "integrity.emailHost")
  private String emailHost;

  /** The SMTP server's port: 587 for STARTTLS (submission), 25 on a trusted network. */
  @Parameter(property = "integrity.emailPort", defaultValue = "587")
  private int emailPort;

  /** Require STARTTLS before the login and the message are sent; {@code false} only for a server on a trusted network. */
  @Parameter(property = "integrity.emailStartTls", defaultValue = "true")
  private boolean emailStartTls;

  /** The sender of the summary e-mail. */
  @Parameter(property = "integrity.emailFrom")
  private String emailFrom;

  /** The recipients of the summary e-mail (comma-separated on the command line). */
  @Parameter(property = "integrity.emailTo")
  private List<String> emailTo;

  /** The SMTP login; none when neither this nor {@code emailServerId} is set. */
  @Parameter(property = "integrity.emailUsername")
  private String emailUsername;

  /** The name of an environment variable holding the SMTP password, so that it stays out of the POM and the logs. */
  @Parameter(property = "integrity.emailPasswordEnv")
  private String emailPasswordEnv;

  /** The id of a {@code <server>} in settings.xml holding the SMTP username and (encrypted) password. */
  @Parameter(property = "integrity.emailServerId")
  private String emailServerId;

  /**
   * Write today's differences to {@code baselineFile} (its {@code drift} entries; {@code verify}'s are kept) instead
   * of failing on them: they are then accepted, and drift fails only on new or changed ones (docs/baseline.md).
   */
  @Parameter(property = "integrity.writeBaseline", defaultValue = "false")
  private boolean writeBaseline;

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    Database live = liveDatabase();
    String webhook = webhookUrl();
    DriftRequest request = new DriftRequest(verifyRequest(failOn()), live, checkData, duration("statementTimeout", statementTimeout), webhook,
        emailAlert());
    if (writeBaseline) {
      getLog().info(Integrity.driftBaseline(request, log()).line());
      return;
    }
    DriftResult result = Integrity.drift(request, log());
    logSummary(result.summary(), result.failed());
    if (result.failed() && result.failing().isEmpty()) {
      throw new MojoFailureException(result.baseline().staleDetail().strip() + (result.report() == null ? "" : "\nReport: " + result.report()));
    }
    if (result.failed()) {
      throw new MojoFailureException(failingDifferences(result.failing(), "between the live database and the migrations")
          + (result.report() == null ? "" : "\nReport: " + result.report()) + "\nSee docs/drift.md for how to act on each kind."
          + result.baseline().staleDetail());
    }
  }

  /** Null when no {@code email…} parameter is set; the core names the parameter at fault in the rest. */
  private EmailAlert emailAlert() throws MojoExecutionException {
    boolean configured = Stream.of(emailHost, emailFrom, emailUsername, emailPasswordEnv, emailServerId).anyMatch(v -> v != null && !v.isBlank())
        || (emailTo != null && !emailTo.isEmpty());
    if (!configured) {
      return null;
    }
    String user = emailUsername;
    String password = null;
    if (emailServerId != null && !emailServerId.isBlank()) {
      Credentials credentials = serverCredentials("emailServerId", emailUsername, emailServerId);
      user = credentials.username();
      password = credentials.password();
    }
    if (emailPasswordEnv != null && !emailPasswordEnv.isBlank()) {
      password = System.getenv(emailPasswordEnv.trim());
      if (password == null || password.isEmpty()) {
        throw new MojoExecutionException("<emailPasswordEnv> names environment variable " + emailPasswordEnv
            + ", which is not set: set it to the SMTP password (a CI secret), or remove <emailPasswordEnv>.");
      }
    }
    return new EmailAlert(emailHost, emailPort, emailStartTls, emailFrom, emailTo, user, password);
  }

  private String webhookUrl() throws MojoExecutionException {
    if (webhookUrlEnv == null || webhookUrlEnv.isBlank()) {
      return webhookUrl;
    }
    String webhook = System.getenv(webhookUrlEnv.trim());
    if (webhook == null || webhook.isBlank()) {
      throw new MojoExecutionException("<webhookUrlEnv> names environment variable " + webhookUrlEnv
          + ", which is not set: set it to the webhook URL (a CI secret), or remove <webhookUrlEnv>.");
    }
    return webhook;
  }
}
