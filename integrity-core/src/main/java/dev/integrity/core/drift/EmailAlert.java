package dev.integrity.core.drift;

import dev.integrity.core.common.IntegrityException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;

/**
 * Where drift mails its summary: an SMTP server ({@code host}, {@code port}), whether the connection must be
 * upgraded with STARTTLS before anything else is sent, the sender, the recipients, and the login ({@code
 * username} null sends without one). {@link #toString()} never shows the password.
 */
public record EmailAlert(String host, int port, boolean startTls, String from, List<String> to, String username, String password) {

  public EmailAlert {
    if (host == null || host.isBlank()) {
      throw new IntegrityException("<emailHost> is not set: name the SMTP server that sends drift's e-mail, or remove the other <email…> parameters.");
    }
    host = host.trim();
    if (port < 1 || port > 65535) {
      throw new IntegrityException("<emailPort> is " + port + ": give the SMTP server's port (587 for STARTTLS, 25 on a trusted network).");
    }
    from = address("emailFrom", from);
    to = (to == null ? List.<String>of() : to).stream().filter(a -> a != null && !a.isBlank()).map(a -> address("emailTo", a)).toList();
    if (to.isEmpty()) {
      throw new IntegrityException("<emailTo> is empty: give at least one address to send drift's summary to.");
    }
    username = username == null || username.isBlank() ? null : username.trim();
    if (username != null && (password == null || password.isEmpty())) {
      throw new IntegrityException("<emailUsername> is " + username + " but no password was found: set <emailPasswordEnv> to the name of"
          + " an environment variable holding it, or <emailServerId> to a settings.xml <server>.");
    }
  }

  private static String address(String parameter, String text) {
    if (text == null || text.isBlank()) {
      throw new IntegrityException("<" + parameter + "> is not set: give an e-mail address such as drift@example.com.");
    }
    try {
      InternetAddress address = new InternetAddress(text.trim(), true);
      return address.toString();
    } catch (AddressException e) {
      throw new IntegrityException("<" + parameter + "> '" + text + "' is not an e-mail address: " + e.getMessage() + ".", e);
    }
  }

  /** {@code host:port}, as messages show the server. */
  String server() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    return "EmailAlert[" + server() + (startTls ? " STARTTLS" : "") + ", from " + from + ", to " + String.join(", ", to)
        + (username == null ? "" : ", user " + username) + "]";
  }
}
