package org.textquiz.shell;

import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.AnswerChecker;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.QuizSession;

@Component
class ProgressCommands {

    static final int PRACTICE_DEFAULT = 10;
    static final String PRACTICE_SOURCE = "practice";

    private final Progress progress;
    private final SessionRunner sessions;
    private final AnswerChecker checker;
    private final InstantSource clock;
    private final Notices notices;

    ProgressCommands(Progress progress, SessionRunner sessions, AnswerChecker checker, InstantSource clock,
                     Notices notices) {
        this.progress = progress;
        this.sessions = sessions;
        this.checker = checker;
        this.clock = clock;
        this.notices = notices;
    }

    @Command(name = "learner", description = "Select a learner by name, creating them on first use",
        group = "Progress", exitStatusExceptionMapper = "userErrors", help = "learner [NAME]")
    void learner(CommandContext context, @Argument(index = 0, description = "the learner's name") String name) {
        Options.requireKnown(context, 1);
        PrintWriter out = context.outputWriter();
        if (name != null && !name.isBlank()) {
            progress.select(name);
        }
        out.println("Learner: " + progress.learner() + " (progress in " + progress.store().location() + ")");
        out.flush();
    }

    @Command(name = "learners", description = "List the learners with their totals", group = "Progress",
        exitStatusExceptionMapper = "userErrors")
    void learners(CommandContext context) {
        Options.requireKnown(context);
        PrintWriter out = context.outputWriter();
        List<ProgressStore.LearnerTotals> all = progress.store().learners();
        if (all.isEmpty()) {
            out.println("No learners yet; a learner is created with their first session, or with: learner NAME");
        }
        for (ProgressStore.LearnerTotals learner : all) {
            out.printf("%s %-20s %12s  %4d answered  %3.0f%% correct  %5d points%n",
                learner.name().equals(progress.learner()) ? "*" : " ", learner.name(),
                Describe.count(learner.sessions(), "session"),
                learner.answered(), learner.answered() == 0 ? 0.0 : 100.0 * learner.correct() / learner.answered(),
                learner.points());
        }
        out.flush();
    }

    @Command(name = "resume", description = "Continue your last unfinished session where you left it",
        group = "Progress", exitStatusExceptionMapper = "userErrors")
    void resume(CommandContext context) {
        Options.requireKnown(context);
        PrintWriter out = context.outputWriter();
        progress.store().sync();
        notices.printTo(out);
        ProgressStore.StoredSession stored = progress.lastUnfinished().orElse(null);
        if (stored == null) {
            out.println("No unfinished session for " + progress.learner() + "; start one with: play");
            out.flush();
            return;
        }
        Quiz quiz = stored.quiz();
        out.printf("Resuming %s's session of %s · question %d of %d · seed %d · %s%n", progress.learner(),
            Reports.date(stored.started()), stored.results().size() + 1, quiz.questions().size(), quiz.seed(),
            quiz.article().title());
        QuizSession session = QuizSession.resume(quiz, stored.results(), checker, clock);
        sessions.play(context, session, SentenceText.withoutArticle(), progress.recorder(stored.id()), true);
    }

    @Command(name = "practice", description = "Practise the questions due for review, across all articles",
        group = "Progress", exitStatusExceptionMapper = "userErrors", help = "practice [--count N] [--now]")
    void practice(CommandContext context,
                  @Option(longName = "count", description = "most questions to practise (default 10)") String count,
                  @Option(longName = "now", description = "drill the questions missed in your last session, due or not")
                  boolean now) {
        Options.requireKnown(context);
        PrintWriter out = context.outputWriter();
        int limit = count == null ? PRACTICE_DEFAULT : QuizCommands.positive("--count", count);
        if (now) {
            drillLastMissed(context, limit);
            return;
        }
        List<Question> due = progress.store().due(progress.learner(), clock.instant(), limit);
        if (due.isEmpty()) {
            out.println(progress.store().nextDue(progress.learner())
                .map(next -> "Nothing is due for " + progress.learner() + " now; the next review is due "
                    + Reports.date(next) + ". To drill the questions of your last session now: practice --now")
                .orElse("Nothing to review for " + progress.learner() + " yet: the questions you miss or find hard "
                    + "come back here when they are due."));
            out.flush();
            return;
        }
        practise(context, "questions due for review", due, "due, the most overdue first");
    }

    /** A session of {@code questions} from every article, recorded as practice. */
    private void practise(CommandContext context, String what, List<Question> questions, String said) {
        Quiz quiz = new Quiz(Quiz.SCHEMA, new ArticleRef("Practice: " + what, PRACTICE_SOURCE, PRACTICE_SOURCE), "de",
            0, questions);
        context.outputWriter().printf("Practice for %s · %s %s%n", progress.learner(),
            Describe.count(questions.size(), "question"), said);
        sessions.play(context, new QuizSession(quiz, checker, clock), SentenceText.withoutArticle(),
            progress.start(quiz), false);
    }

    private void drillLastMissed(CommandContext context, int limit) {
        PrintWriter out = context.outputWriter();
        List<Question> missed = progress.store().lastAnswered(progress.learner()).stream()
            .flatMap(s -> s.results().stream())
            .filter(r -> r.missed() || r.hintsUsed() > 0)
            .map(org.textquiz.core.quiz.Result::question)
            .distinct()
            .limit(limit)
            .toList();
        if (missed.isEmpty()) {
            out.println("Nothing to drill: " + progress.learner() + " missed no question in the last session.");
            out.flush();
            return;
        }
        practise(context, "the questions just missed", missed, "missed in the last session");
    }

    @Command(name = "stats", description = "Your sessions over time and your accuracy by question type and word class",
        group = "Progress", exitStatusExceptionMapper = "userErrors")
    void stats(CommandContext context) {
        Options.requireKnown(context);
        ProgressStore store = progress.store();
        String learner = progress.learner();
        Reports.stats(learner, store.sessions(learner), store.accuracyByType(learner),
            store.accuracyByWordClass(learner), store.accuracyByGrammarTopic(learner), context.outputWriter());
    }
}
