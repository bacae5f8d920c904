package dev.integrity.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The jdbc provider's user and password: {@code <username>}/{@code <password>} when given, else those of
 * the settings.xml {@code <server>} named by {@code <serverId>}, its password decrypted the Maven way
 * (settings-security.xml).
 */
record Credentials(String username, String password) {

  static Credentials resolve(String username, String password, String serverId, Settings settings, SettingsDecrypter decrypter)
      throws MojoExecutionException {
    return resolve("serverId", username, password, serverId, settings, decrypter);
  }

  /** As {@link #resolve(String, String, String, Settings, SettingsDecrypter)}, messages naming {@code <parameter>} as the server id's parameter. */
  static Credentials resolve(String parameter, String username, String password, String serverId, Settings settings, SettingsDecrypter decrypter)
      throws MojoExecutionException {
    if (serverId == null || serverId.isBlank()) {
      return new Credentials(username, password);
    }
    Server server = settings.getServer(serverId.trim());
    if (server == null) {
      throw new MojoExecutionException("<" + parameter + "> is '" + serverId + "', but settings.xml has no <server> with that id."
          + " Add <server><id>" + serverId + "</id><username>...</username><password>...</password></server> to ~/.m2/settings.xml"
          + " (encrypt the password with mvn --encrypt-password), or set <username> and <password>.");
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    List<SettingsProblem> problems = result.getProblems();
    if (!problems.isEmpty()) {
      throw new MojoExecutionException("cannot decrypt the password of <server> " + serverId + " in settings.xml: "
          + problems.get(0).getMessage() + ". Check ~/.m2/settings-security.xml (mvn --encrypt-master-password) and re-encrypt the"
          + " password with mvn --encrypt-password.");
    }
    Server decrypted = result.getServer();
    return new Credentials(username != null ? username : decrypted.getUsername(), password != null ? password : decrypted.getPassword());
  }

  @Override
  public String toString() {
    return "Credentials[" + username + "]";
  }
}
