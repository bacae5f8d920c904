package dev.integrity.core.drift;

import dev.integrity.core.common.Secrets;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends drift's summary as a plain-text e-mail over SMTP (Jakarta Mail, Eclipse Angus). With STARTTLS the
 * upgrade is required: the login is never sent in the clear to a server that does not offer it.
 */
final class Mailer {

  private static final String TIMEOUT_MILLIS = "20000";

  private Mailer() {}

  /** Null when sent, else why not, naming the parameter to check (never containing the password). */
  static String send(EmailAlert alert, String subject, String text) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // Jakarta Mail finds its SMTP provider through the context class loader, which in Maven is not the plugin's.
    thread.setContextClassLoader(Mailer.class.getClassLoader());
    try {
      Session session = Session.getInstance(properties(alert));
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(alert.from()));
      for (String to : alert.to()) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
      }
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      message.setText(text, StandardCharsets.UTF_8.name());
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect(alert.host(), alert.port(), alert.username(), alert.password());
        transport.sendMessage(message, message.getAllRecipients());
      }
      return null;
    } catch (MessagingException | RuntimeException e) {
      return Secrets.redact(problem(alert, e), alert.password());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Properties properties(EmailAlert alert) {
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.auth", String.valueOf(alert.username() != null));
    properties.setProperty("mail.smtp.starttls.enable", String.valueOf(alert.startTls()));
    properties.setProperty("mail.smtp.starttls.required", String.valueOf(alert.startTls()));
    properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    return properties;
  }

  private static String problem(EmailAlert alert, Exception e) {
    if (e instanceof AuthenticationFailedException) {
      return "the server refused the login of " + alert.username() + ": check <emailUsername> and the password"
          + " (<emailPasswordEnv> or <emailServerId>)";
    }
    if (e instanceof SendFailedException) {
      return "the server refused the message (" + e.getMessage() + "): check <emailFrom> and <emailTo>";
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException) {
        return "the host is unknown: check <emailHost>";
      }
      if (cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
        return "nothing answers there (" + cause.getClass().getSimpleName() + "): check <emailHost> and <emailPort>";
      }
    }
    String message = String.valueOf(e.getMessage());
    if (alert.startTls() && message.contains("STARTTLS")) {
      return "the server does not offer STARTTLS, so the login is not sent: use its STARTTLS port, or set <emailStartTls> to false"
          + " for a server on a trusted network";
    }
    if (alert.username() == null && message.toLowerCase(java.util.Locale.ROOT).contains("auth")) {
      return "the server asks for a login (" + message + "): set <emailUsername> and <emailPasswordEnv> or <emailServerId>";
    }
    return message + ": check <emailHost>, <emailPort> and <emailStartTls>";
  }
}
