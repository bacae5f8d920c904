package dev.integrity.core.common;

/**
 * A broken setup or environment: the message says what is wrong, names the file, changeSet, entity or
 * parameter at fault, and ends with what to do. Never carries a password.
 */
public class IntegrityException extends RuntimeException {

  public IntegrityException(String message) {
    super(message);
  }

  public IntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
