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

    ClassroomCommands(Workspace workspace, QuizFiles quizFiles) {
        this.workspace = workspace;
        this.quizFiles = quizFiles;
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
                out.printf("%-40s %2d questions (%s) · %s%n", name, quiz.questions().size(), Describe.types(quiz),
                    quiz.article().title());
            } catch (TextquizException invalid) {
                out.printf("%-40s cannot be played: %s%n", name, invalid.getMessage());
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
