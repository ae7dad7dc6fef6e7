package org.textquiz.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;
import org.textquiz.core.TextquizException;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.quizfile.QuizFiles;

@Component
class ClassroomCommands {

    private final Workspace workspace;
    private final QuizFiles quizFiles;
    private final SessionRunner sessions;

    ClassroomCommands(Workspace workspace, QuizFiles quizFiles, SessionRunner sessions) {
        this.workspace = workspace;
        this.quizFiles = quizFiles;
        this.sessions = sessions;
    }

    @Command(name = "quizzes", description = "List the saved quizzes in the quizzes folder", group = "Classroom",
        exitStatusExceptionMapper = "userErrors")
    void quizzes(CommandContext context) {
        Options.requireKnown(context);
        PrintWriter out = context.outputWriter();
        List<Path> files = quizFiles(workspace.quizzesDir());
        if (files.isEmpty()) {
            out.println("No saved quizzes in " + workspace.quizzesDir() + "; make one with: generate");
        }
        for (Path file : files) {
            String name = workspace.quizzesDir().relativize(file).toString();
            try {
                Quiz quiz = quizFiles.read(file);
                out.println(name);
                out.println(Wrap.indent(Describe.count(quiz.questions().size(), "question") + " (" + Describe.types(quiz)
                    + ") · " + quiz.article().title(), "    ", sessions.width(context)));
            } catch (TextquizException invalid) {
                out.println(name);
                out.println(Wrap.indent("cannot be played: " + invalid.getMessage(), "    ", sessions.width(context)));
            }
        }
        out.flush();
    }

    private static List<Path> quizFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                .sorted().toList();
        } catch (IOException e) {
            throw new TextquizException("cannot list " + dir + ": " + e.getMessage());
        }
    }
}
