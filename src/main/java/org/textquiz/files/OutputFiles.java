package org.textquiz.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.textquiz.core.TextquizException;

/**
 * Writes the files textquiz makes: never over an existing file unless asked to, and never half:
 * the text goes to a temporary file that then replaces the target in one step. The file gets the permissions the
 * user's umask gives new files (not the owner-only ones of a temporary file).
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** Writes the text; true when written, false when the file already held exactly this text. */
    public static boolean write(Path path, String content, boolean force) {
        return write(path, content.getBytes(StandardCharsets.UTF_8), force);
    }

    /** Writes the bytes; true when written, false when the file already held exactly these bytes. */
    public static boolean write(Path path, byte[] content, boolean force) {
        try {
            if (Files.isDirectory(path)) {
                throw new TextquizException(path + " is a directory; give a file name");
            }
            if (Files.exists(path)) {
                if (Arrays.equals(Files.readAllBytes(path), content)) {
                    return false;
                }
                if (!force) {
                    throw new TextquizException(path + " already exists; choose another --out or add --force to "
                        + "replace it");
                }
            }
            Path parent = path.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new TextquizException("the folder " + parent + " does not exist; create it or choose "
                    + "another --out");
            }
            if (!Files.isWritable(parent)) {
                throw new TextquizException("cannot write into " + parent + ": permission denied");
            }
            Path temp = parent.resolve(".textquiz-" + java.util.UUID.randomUUID() + ".tmp");
            // created like any other program's file, so the user's umask decides who may read it
            Files.createFile(temp);
            try {
                Files.write(temp, content);
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (AccessDeniedException e) {
            throw new TextquizException("cannot write " + path + ": permission denied");
        } catch (IOException e) {
            throw new TextquizException("cannot write " + path + ": " + e.getMessage());
        }
    }
}
