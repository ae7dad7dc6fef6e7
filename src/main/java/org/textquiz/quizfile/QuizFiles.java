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
import org.textquiz.files.OutputFiles;

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
        return OutputFiles.write(path, json.write(quiz), force);
    }
}
