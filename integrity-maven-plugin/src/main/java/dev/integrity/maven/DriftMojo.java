package dev.integrity.maven;

import dev.integrity.core.Integrity;
import dev.integrity.core.database.Database;
import dev.integrity.core.drift.DriftRequest;
import dev.integrity.core.drift.DriftResult;
import java.util.stream.Collectors;
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
    DriftRequest request = new DriftRequest(verifyRequest(failOn()), live, checkData, duration("statementTimeout", statementTimeout), webhook);
    if (writeBaseline) {
      getLog().info(Integrity.driftBaseline(request, log()).line());
      return;
    }
    DriftResult result = Integrity.drift(request, log());
    result.summary().forEach(line -> {
      if (result.failed()) {
        getLog().error(line);
      } else {
        getLog().info(line);
      }
    });
    if (result.failed() && result.failing().isEmpty()) {
      throw new MojoFailureException(result.baseline().staleDetail().strip() + (result.report() == null ? "" : "\nReport: " + result.report()));
    }
    if (result.failed()) {
      String list = result.failing().stream()
          .map(d -> "  " + d.severity() + " " + d.kind() + " " + d.schema() + "." + d.table() + (d.column() == null ? "" : "." + d.column())
              + ": " + d.message())
          .collect(Collectors.joining("\n"));
      throw new MojoFailureException(result.failing().size() + " difference" + (result.failing().size() == 1 ? "" : "s")
          + " between the live database and the migrations (failOn=" + failOn() + "):\n" + list
          + (result.report() == null ? "" : "\nReport: " + result.report()) + "\nSee docs/drift.md for how to act on each kind."
          + result.baseline().staleDetail());
    }
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
