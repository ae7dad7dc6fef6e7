package org.textquiz.quizfile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.textquiz.core.TextquizException;
import org.textquiz.core.quiz.Quiz;

/** Quiz files on disk. */
public final class QuizFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final QuizJson json;

    public QuizFiles(QuizJson json) {
        this.json = json;
    }

    public Quiz read(Path path) {
        String shown = path.toString();
        if (Files.isDirectory(path)) {
            throw new TextquizException(shown + " is a directory; give the path of a quiz .json file");
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InvalidQuizFileException(shown, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return json.read(Files.readString(path, StandardCharsets.UTF_8), shown);
        } catch (NoSuchFileException e) {
            throw new TextquizException("no such quiz file: " + shown);
        } catch (AccessDeniedException e) {
            throw new TextquizException("cannot read " + shown + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new InvalidQuizFileException(shown, "not UTF-8 text");
        } catch (IOException e) {
            throw new TextquizException("cannot read " + shown + ": " + e.getMessage());
        }
    }

    /** Writes the quiz; true when the file was written, false when it already held exactly this quiz. */
    public boolean write(Quiz quiz, Path path, boolean force) {
        String content = json.write(quiz);
        try {
            if (Files.exists(path)) {
                if (Files.isDirectory(path)) {
                    throw new TextquizException(path + " is a directory; give a file name for the quiz");
                }
                if (Files.readString(path, StandardCharsets.UTF_8).equals(content)) {
                    return false;
                }
                if (!force) {
                    throw new TextquizException(path + " already exists; choose another --out or add --force to "
                        + "replace it");
                }
            }
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new TextquizException("the folder " + parent + " does not exist; create it or choose "
                    + "another --out");
            }
            Path temp = Files.createTempFile(parent, ".quiz-", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (AccessDeniedException e) {
            throw new TextquizException("cannot write " + path + ": permission denied");
        } catch (IOException e) {
            throw new TextquizException("cannot write " + path + ": " + e.getMessage());
        }
    }
}
