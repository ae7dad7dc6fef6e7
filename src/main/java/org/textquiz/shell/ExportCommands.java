package org.textquiz.shell;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.export.Exporters;
import org.textquiz.export.QuizExporter;
import org.textquiz.files.OutputFiles;
import org.textquiz.quizfile.QuizFiles;

@Component
class ExportCommands {

    private final QuizFiles quizFiles;
    private final Exporters exporters = new Exporters();

    ExportCommands(QuizFiles quizFiles) {
        this.quizFiles = quizFiles;
    }

    @Command(name = "export", description = "Write a saved quiz for Moodle (gift, moodle-xml), Anki (anki) or paper "
        + "(html, markdown)", group = "Classroom", exitStatusExceptionMapper = "userErrors",
        completionProvider = "pathCompletion",
        help = "export --quiz FILE --format gift|moodle-xml|anki|html|markdown [--out PATH] [--force]")
    void export(CommandContext context,
                @Option(longName = "quiz", description = "saved quiz JSON file") String quizPath,
                @Option(longName = "format", description = "gift, moodle-xml, anki, html or markdown") String format,
                @Option(longName = "out", description = "file to write (default: beside the quiz)") String outPath,
                @Option(longName = "force", description = "replace an existing file") boolean force) {
        Options.requireKnown(context);
        if (quizPath == null || format == null) {
            throw new UsageException("export needs --quiz FILE and --format (" + exporters.names() + ")");
        }
        QuizExporter exporter = exporters.byFormat(format);
        Path quizFile = Path.of(quizPath);
        Quiz quiz = quizFiles.read(quizFile);
        Path target = outPath != null ? Path.of(outPath) : QuizFileNames.besideQuiz(quizFile, exporter.extension());
        boolean written = OutputFiles.write(target, exporter.export(quiz), force);
        PrintWriter out = context.outputWriter();
        out.printf("%s %s: %s as %s%n", written ? "Wrote" : "Unchanged", target,
            Describe.count(quiz.questions().size(), "question"), exporter.format());
        out.flush();
    }

}
