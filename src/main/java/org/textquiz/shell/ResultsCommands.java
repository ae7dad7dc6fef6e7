package org.textquiz.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.textquiz.core.classroom.Admission;
import org.textquiz.core.classroom.ClassReport;
import org.textquiz.core.classroom.ResultSheet;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;
import org.textquiz.export.ClassReportTables;
import org.textquiz.files.OutputFiles;
import org.textquiz.quizfile.QuizFiles;
import org.textquiz.quizfile.QuizJson;
import org.textquiz.quizfile.QuizVersion;
import org.textquiz.quizfile.ResultFiles;

@Component
class ResultsCommands {

    private static final int BAR = 20;

    private final QuizFiles quizFiles;
    private final QuizVersion versions;
    private final ResultFiles resultFiles = new ResultFiles();
    private final Progress progress;

    ResultsCommands(QuizFiles quizFiles, QuizJson json, Progress progress) {
        this.quizFiles = quizFiles;
        this.versions = new QuizVersion(json);
        this.progress = progress;
    }

    @Command(name = "results", description = "Write your answers to a saved quiz as a result file for your teacher",
        group = "Classroom", exitStatusExceptionMapper = "userErrors", completionProvider = "pathCompletion",
        help = "results --quiz FILE --out FILE [--force]")
    void results(CommandContext context,
                 @Option(longName = "quiz", description = "the saved quiz you played") String quizPath,
                 @Option(longName = "out", description = "the result file to write") String outPath,
                 @Option(longName = "force", description = "replace an existing file") boolean force) {
        Options.requireKnown(context);
        if (quizPath == null || outPath == null) {
            throw new UsageException("results needs --quiz FILE (the quiz you played) and --out FILE");
        }
        Quiz quiz = quizFiles.read(Path.of(quizPath));
        String sha256 = versions.sha256(quiz);
        String learner = progress.learner();
        ProgressStore.StoredSession session = progress.store()
            .answeredOn(learner, quiz.article().sha256(), quiz.seed()).stream()
            .filter(s -> versions.sha256(s.quiz()).equals(sha256))
            .findFirst()
            .orElseThrow(() -> new UsageException(learner + " has not answered " + quizPath
                + " yet; play it first with: play --quiz " + quizPath));
        ResultSheet sheet = sheet(learner, quiz, sha256, session);
        List<ResultSheet.Item> items = sheet.answers();
        resultFiles.write(sheet, Path.of(outPath), force);
        PrintWriter out = context.outputWriter();
        out.printf("Wrote %s: %s's %d of %d answers from the session of %s; hand it to your teacher.%n", outPath,
            learner, items.size(), quiz.questions().size(), Reports.date(session.started()));
        out.flush();
    }

    @Command(name = "report", description = "How a class did on a saved quiz: from the students' result files, "
        + "or live from the progress database", group = "Classroom", exitStatusExceptionMapper = "userErrors",
        completionProvider = "pathCompletion",
        help = "report --quiz FILE [--results FOLDER] [--csv FILE] [--html FILE] [--force]")
    void report(CommandContext context,
                @Option(longName = "quiz", description = "the saved quiz the class played") String quizPath,
                @Option(longName = "results", description = "folder holding the students' result files "
                    + "(without it, every learner's answers in the progress database)") String dir,
                @Option(longName = "csv", description = "also write the tables as CSV") String csvPath,
                @Option(longName = "html", description = "also write a printable HTML page") String htmlPath,
                @Option(longName = "force", description = "replace existing files") boolean force) {
        Options.requireKnown(context);
        if (quizPath == null) {
            throw new UsageException("report needs --quiz FILE, and --results FOLDER for the students' result files");
        }
        Quiz quiz = quizFiles.read(Path.of(quizPath));
        PrintWriter out = context.outputWriter();
        List<ResultSheet> sheets = dir == null ? live(quiz) : fromFiles(quiz, Path.of(dir), out);
        if (sheets.isEmpty()) {
            out.println(dir == null
                ? "No answers to " + quizPath + " in " + progress.store().location() + " yet; learners play it with: "
                    + "play --quiz " + quizPath
                : "No result files for " + quizPath + " in " + dir + "; students write them with: results --quiz "
                    + quizPath + " --out NAME.json");
            out.flush();
            return;
        }
        ClassReport report = ClassReport.of(quiz, sheets);
        print(quiz, report, dir == null ? "live from " + progress.store().location() : "from " + dir, out);
        if (csvPath != null) {
            OutputFiles.write(Path.of(csvPath), ClassReportTables.csv(report), force);
            out.println("Wrote " + csvPath);
        }
        if (htmlPath != null) {
            OutputFiles.write(Path.of(htmlPath), ClassReportTables.html(quiz.article().title(), report), force);
            out.println("Wrote " + htmlPath);
        }
        out.flush();
    }

    private List<ResultSheet> fromFiles(Quiz quiz, Path dir, PrintWriter out) {
        ResultFiles.Collected collected = resultFiles.readAll(dir);
        Admission.Outcome outcome = Admission.of(quiz, QuizVersion.id(quiz), versions.sha256(quiz),
            collected.sheets());
        collected.refusals().forEach(out::println);
        outcome.refusals().forEach(out::println);
        return outcome.admitted();
    }

    /** Each learner's latest session on this very quiz, as the database holds it now. */
    private List<ResultSheet> live(Quiz quiz) {
        String sha256 = versions.sha256(quiz);
        Map<String, ResultSheet> latest = new LinkedHashMap<>();
        for (ProgressStore.LearnerSession played : progress.store().classSessions(quiz.article().sha256(),
            quiz.seed())) {
            if (!latest.containsKey(played.learner()) && versions.sha256(played.session().quiz()).equals(sha256)) {
                latest.put(played.learner(), sheet(played.learner(), quiz, sha256, played.session()));
            }
        }
        return List.copyOf(latest.values());
    }

    private static ResultSheet sheet(String learner, Quiz quiz, String sha256, ProgressStore.StoredSession session) {
        List<ResultSheet.Item> items = new ArrayList<>();
        for (Result result : session.results()) {
            items.add(new ResultSheet.Item(result.question().id(),
                Reports.inWords(result.question(), result.given()), result.verdict().kind(),
                result.points(), result.hintsUsed(), result.time().toMillis()));
        }
        return new ResultSheet(learner, QuizVersion.id(quiz), sha256, items);
    }

    private static void print(Quiz quiz, ClassReport report, String source, PrintWriter out) {
        out.printf("Class report · %s · %s · %s%n%n", quiz.article().title(),
            Describe.count(report.learners().size(), "learner"), source);
        out.println("Learners");
        for (ClassReport.LearnerRow row : report.learners()) {
            long seconds = row.time().toSeconds();
            out.printf(Locale.ROOT, "  %-20s %s %3.0f%%  %2d/%-2d correct  %2d/%-2d answered  %4d/%d points  %d:%02d%n",
                row.learner(), Reports.bar(row.shareCorrect(), BAR), 100 * row.shareCorrect(), row.correct(),
                row.answered(), row.answered(), quiz.questions().size(), row.points(), row.maxPoints(), seconds / 60,
                seconds % 60);
        }
        out.println();
        out.println("Questions (discrimination: correlation with the rest of the quiz)");
        for (ClassReport.QuestionRow row : report.questions()) {
            String flags = ClassReportTables.flags(row);
            if (row.answered() == 0) {
                out.printf(Locale.ROOT, "  %2d %-" + BAR + "s      no answers yet%n", row.number(), "");
                out.println("     " + Reports.shorten(ClassReportTables.prompt(row.question()), 70));
                continue;
            }
            out.printf(Locale.ROOT, "  %2d %s %3.0f%%  disc %5s  hints %.1f%s%n", row.number(),
                Reports.bar(row.shareCorrect(), BAR), 100 * row.shareCorrect(),
                row.discrimination().isPresent() ? String.format(Locale.ROOT, "%.2f",
                    row.discrimination().getAsDouble()) : "–", row.meanHints(),
                flags.isEmpty() ? "" : "  ◀ " + flags);
            out.println("     " + Reports.shorten(ClassReportTables.prompt(row.question()), 70)
                + (row.commonWrong().isEmpty() ? "" : "  · most chosen wrong: " + row.commonWrong() + " ("
                    + row.commonWrongCount() + "×)"));
        }
    }
}
