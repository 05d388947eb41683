package dk.datainformed.pipeline.internal;

import dk.datainformed.pipeline.PipelineException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.apiguardian.api.API;

/**
 * A folder whose content appears whole or not at all: written in a hidden sibling, then moved into
 * place. A failed run leaves the previous content as it was.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AtomicFolder {
  private final Path target;
  private final Path staging;

  private AtomicFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Starts writing a folder's new content.
   *
   * @param target the folder that will hold the content
   * @return the folder being written
   * @throws PipelineException when the staging folder cannot be made
   */
  public static AtomicFolder begin(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new PipelineException("The output folder " + absolute + " must not be a root folder");
    }
    try {
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".writing-");
      return new AtomicFolder(absolute, staging);
    } catch (IOException e) {
      throw new PipelineException("Could not make a folder to write the output in beside " + absolute, e);
    }
  }

  /**
   * Where the writers write.
   *
   * @return the staging folder
   */
  public Path staging() {
    return staging;
  }

  /**
   * Moves the new content into place, replacing what was there.
   *
   * @return the folder
   * @throws PipelineException when the content cannot be moved
   */
  public Path commit() {
    Path old = null;
    try {
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
      }
      move(staging, target);
    } catch (IOException e) {
      if (old != null && !Files.exists(target)) {
        try {
          move(old, target);
          old = null;
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
      }
      throw new PipelineException("Could not move the new output into " + target, e);
    }
    if (old != null) {
      deleteTree(old);
    }
    return target;
  }

  /** Drops the new content; the target is left as it was. */
  public void abandon() {
    deleteTree(staging);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new PipelineException("Could not remove the folder " + root, e);
    }
  }
}
