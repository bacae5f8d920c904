package dev.integrity.core.write;

import dev.integrity.core.common.IntegrityException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes a file that must not exist yet: a migration is never overwritten. */
final class NewFile {

  private NewFile() {}

  static void write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new IntegrityException("will not overwrite " + file + ": it exists already. Pass another -Dintegrity.name, or move the file away.");
    } catch (IOException e) {
      throw new IntegrityException("cannot write the new migration " + file + ": " + e.getMessage(), e);
    }
  }
}
