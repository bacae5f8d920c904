package dev.integrity.core.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts a drift summary to an incoming webhook as {@code {"text": ..., "content": ...}}: Slack and
 * Microsoft Teams read {@code text}, Discord reads {@code content}, each ignores the other. The URL's path
 * and query are its secret, so only its scheme and host are ever shown.
 */
final class Webhook {

  private Webhook() {}

  static String redact(String url) {
    try {
      URI uri = URI.create(url.trim());
      return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
    } catch (RuntimeException e) {
      return "(a webhook URL that does not parse)";
    }
  }

  static String body(String text) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("text", text);
    body.put("content", text);
    try {
      return new ObjectMapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Null when posted, else why not (never containing the URL's secret part). */
  static String post(String url, String text) {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(url.trim()))
          .timeout(Duration.ofSeconds(20))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body(text)))
          .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() / 100 == 2 ? null : "it answered HTTP " + response.statusCode();
    } catch (IOException | RuntimeException e) {
      return e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
