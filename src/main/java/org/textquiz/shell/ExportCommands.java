package org.textquiz.shell;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.export.Exporters;
import org.textquiz.export.QuizExporter;
import org.textquiz.files.ArticleFiles;
import org.textquiz.files.OutputFiles;
import org.textquiz.quizfile.QuizFiles;

@Component
class ExportCommands {

    private final QuizFiles quizFiles;
    private final Workspace workspace;
    /** Made on the first export: the exporters' XML and JSON writers would slow the shell's start. */
    private final OnFirstUse<Exporters> exporters = new OnFirstUse<>(Exporters::new);

    ExportCommands(QuizFiles quizFiles, Workspace workspace) {
        this.quizFiles = quizFiles;
        this.workspace = workspace;
    }

    @Command(name = "export", description = "Write a saved quiz for Moodle (gift, moodle-xml), Anki (anki) or paper "
        + "(html, markdown); several formats at once with commas", group = "Classroom",
        exitStatusExceptionMapper = "userErrors", completionProvider = "pathCompletion",
        help = "export --quiz FILE --format gift,moodle-xml,anki,anki-text,html,markdown [--out PATH] [--no-text] "
            + "[--force]; a FILE whose versions generate --variants wrote exports every version")
    void export(CommandContext context,
                @Option(longName = "quiz", description = "saved quiz JSON file") String quizPath,
                @Option(longName = "format", description = "gift, moodle-xml, anki, html or markdown; several with commas")
                String format,
                @Option(longName = "out", description = "file to write, for one format (default: beside the quiz)")
                String outPath,
                @Option(longName = "no-text", description = "leave the article out of a worksheet") boolean noText,
                @Option(longName = "force", description = "replace an existing file") boolean force) {
        Options.requireKnown(context);
        if (quizPath == null || format == null) {
            throw new UsageException("export needs --quiz FILE and --format (" + exporters.get().names() + ")");
        }
        List<QuizExporter> chosen = Arrays.stream(format.split(",")).map(String::strip).filter(f -> !f.isEmpty())
            .distinct().map(exporters.get()::byFormat).toList();
        if (outPath != null && chosen.size() > 1) {
            throw new UsageException("--out names one file; leave it out to write each format beside the quiz");
        }
        List<Path> quizFilesToExport = variantsOf(Path.of(quizPath));
        if (outPath != null && quizFilesToExport.size() > 1) {
            throw new UsageException("--out names one file; leave it out to write each version beside its quiz");
        }
        PrintWriter out = context.outputWriter();
        for (Path quizFile : quizFilesToExport) {
            exportOne(quizFile, chosen, outPath, noText, force, out);
        }
        out.flush();
    }

    /**
     * The quiz file itself, or, when it does not exist but its versions do ({@code generate --variants} wrote
     * klasse-A.quiz.json, klasse-B.quiz.json … for klasse.quiz.json), every version.
     */
    private static List<Path> variantsOf(Path quizFile) {
        if (Files.exists(quizFile)) {
            return List.of(quizFile);
        }
        List<Path> versions = new java.util.ArrayList<>();
        for (char variant = 'A'; variant <= 'Z'; variant++) {
            Path version = QuizFileNames.withVariant(quizFile, String.valueOf(variant));
            if (!Files.exists(version)) {
                break;
            }
            versions.add(version);
        }
        return versions.isEmpty() ? List.of(quizFile) : versions;
    }

    private void exportOne(Path quizFile, List<QuizExporter> chosen, String outPath, boolean noText, boolean force,
                           PrintWriter out) {
        Quiz quiz = quizFiles.read(quizFile);
        Optional<String> article = noText ? Optional.empty() : articleOf(quiz);
        boolean prints = chosen.stream().anyMatch(e -> e.format().equals("html") || e.format().equals("markdown"));
        if (prints && !noText && article.isEmpty()) {
            out.println("Note: the article " + quiz.article().source() + " is not at hand (or changed since the quiz "
                + "was made), so the worksheet has no text; put it in the quizzes folder to print it.");
        }
        for (QuizExporter exporter : chosen) {
            Path target = outPath != null ? Path.of(outPath) : QuizFileNames.besideQuiz(quizFile, exporter.extension());
            boolean written = OutputFiles.write(target, exporter.bytes(quiz, article), force);
            out.printf("%s %s: %s as %s%n", written ? "Wrote" : "Unchanged", target,
                Describe.count(quiz.questions().size(), "question"), exporter.format());
        }
    }

    /** The text the quiz was made from, when its file is at hand and unchanged (its sha256 as recorded). */
    private Optional<String> articleOf(Quiz quiz) {
        Path source = workspace.resolveSource(quiz.article().source());
        try {
            if (Files.isRegularFile(source) && ArticleText.sha256(Files.readAllBytes(source))
                .equals(quiz.article().sha256())) {
                return Optional.of(ArticleFiles.read(source, quiz.article().source()).text());
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            // the worksheet is printed without the article
        }
        return Optional.empty();
    }
}
