package dev.integrity.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Writes the reports {@code formats} asks for (and GitHub's whenever the run is on GitHub Actions). */
public final class Reports {

  /** The files written, in format order, and the console lines to show. */
  public record Written(List<Path> files, List<String> console) {

    public Written {
      files = List.copyOf(files);
      console = List.copyOf(console);
    }

    /** {@code report.json} when it was asked for, else null. */
    public Path json() {
      return files.stream().filter(f -> f.getFileName().toString().equals(JsonReport.FILE_NAME)).findFirst().orElse(null);
    }
  }

  private Reports() {}

  public static Written write(Set<ReportFormat> formats, RunSummary summary, ReportContext context) {
    Set<ReportFormat> effective = formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats);
    if (context.onGithubActions()) {
      effective.add(ReportFormat.GITHUB);
    }
    Path directory = context.outputDirectory();
    List<Path> files = new ArrayList<>();
    for (ReportFormat format : effective) {
      switch (format) {
        case CONSOLE -> { }
        case JSON -> files.add(JsonReport.write(directory, summary));
        case JUNIT -> files.add(JunitReport.write(directory, summary, context.tables()));
        case SARIF -> files.add(SarifReport.write(directory, summary, context.locator(), context.repositoryRoot()));
        case GITHUB -> GithubReport.write(summary, context.locator(), context.environment(), context.stdout()).ifPresent(files::add);
        case GITLAB -> files.add(GitlabReport.write(directory, summary, context.locator()));
        case HTML -> files.add(HtmlReport.write(directory, summary));
      }
    }
    List<String> console = effective.contains(ReportFormat.CONSOLE)
        ? ConsoleReport.lines(summary, files)
        : ConsoleReport.whereTheReportsAre(files);
    return new Written(files, console);
  }
}
