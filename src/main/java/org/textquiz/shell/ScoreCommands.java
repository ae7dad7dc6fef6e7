package org.textquiz.shell;

import java.time.InstantSource;
import java.util.Optional;

import org.textquiz.core.quiz.AnswerChecker;

import java.io.PrintWriter;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.textquiz.core.quiz.QuizSession;

@Component
class ScoreCommands {

    private final Workspace workspace;
    private final Progress progress;
    private final AnswerChecker checker;
    private final InstantSource clock;
    private final SessionRunner sessions;

    ScoreCommands(Workspace workspace, Progress progress, AnswerChecker checker, InstantSource clock,
                  SessionRunner sessions) {
        this.workspace = workspace;
        this.progress = progress;
        this.checker = checker;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** This run's last session, else the current learner's last answered one from the store (after a restart). */
    private Optional<QuizSession> lastSession() {
        Optional<QuizSession> here = workspace.lastSession();
        if (here.isPresent()) {
            return here;
        }
        return progress.store().lastAnswered(progress.learner()).map(stored -> {
            QuizSession session = QuizSession.resume(stored.quiz(), stored.results(), checker, clock);
            session.end();
            return session;
        });
    }

    @Command(name = "score", description = "Show the score of the current or last session", group = "Quiz",
        exitStatusExceptionMapper = "userErrors")
    void score(CommandContext context) {
        Options.requireKnown(context);
        PrintWriter out = context.outputWriter();
        lastSession().ifPresentOrElse(
            session -> Reports.score(session.score(), out),
            () -> out.println("No session yet for " + progress.learner() + "; start one with: play"));
        out.flush();
    }

    @Command(name = "review", description = "List the questions missed in the last session (--all: in every "
        + "session), with the answers", group = "Quiz", exitStatusExceptionMapper = "userErrors",
        help = "review [--all]")
    void review(CommandContext context,
                @Option(longName = "all", description = "every session of the current learner") boolean all) {
        Options.requireKnown(context);
        PrintWriter out = context.outputWriter();
        if (all) {
            Reports.missedEver(progress.learner(), progress.store().missed(progress.learner()), out,
                sessions.width(context));
            return;
        }
        QuizSession session = lastSession().orElse(null);
        if (session == null) {
            out.println("No session yet for " + progress.learner() + "; start one with: play");
            out.flush();
            return;
        }
        Reports.missed(session.missed(), sentenceText(session), out, sessions.width(context));
    }

    private SentenceText sentenceText(QuizSession session) {
        try {
            var article = workspace.article();
            if (article.sha256().equals(session.quiz().article().sha256())) {
                return new SentenceText(article.text());
            }
        } catch (RuntimeException unavailable) {
            // the prompts alone still show the sentence
        }
        return SentenceText.withoutArticle();
    }
}
