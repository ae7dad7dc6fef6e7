package org.textquiz.shell;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.QuizSession;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;

/** Asks the questions of a session one by one and shows each verdict, then the score. */
final class PlayLoop {

    static final String HINT = ":hint";
    static final String SKIP = ":skip";
    static final String QUIT = ":quit";
    static final String READ = ":read";

    private final QuizSession session;
    private final SentenceText sentences;
    private final AnswerSource answers;
    private final PrintWriter out;
    /** Options fit on one line up to this length when the terminal's width is unknown (piped input). */
    private static final int ONE_LINE_OPTIONS = 80;

    private final int width;
    private final AnswerRecorder recorder;
    private final Notices notices;
    private final Pager pager;
    /** The article with numbered paragraphs; null when the quiz is played without its article. */
    private final ArticleView article;

    /**
     * @param width the terminal's width to wrap long sentences at; 0 leaves every sentence on one line
     * @param recorder keeps each answer as it is given
     */
    PlayLoop(QuizSession session, SentenceText sentences, AnswerSource answers, PrintWriter out, int width,
             AnswerRecorder recorder, Notices notices) {
        this(session, sentences, answers, out, width, recorder, notices, new Pager(null));
    }

    PlayLoop(QuizSession session, SentenceText sentences, AnswerSource answers, PrintWriter out, int width,
             AnswerRecorder recorder, Notices notices, Pager pager) {
        this.pager = pager;
        this.article = sentences.article().map(ArticleView::of).orElse(null);
        this.session = session;
        this.sentences = sentences;
        this.answers = answers;
        this.out = out;
        this.width = width;
        this.recorder = recorder;
        this.notices = notices;
    }

    /** For a resumed session: the answers given before, as they were judged. */
    void showEarlier() {
        List<Result> earlier = session.results();
        if (earlier.isEmpty()) {
            return;
        }
        out.println("Your earlier answers in this session:");
        int n = 1;
        for (Result result : earlier) {
            String given = result.skipped() ? "skipped" : Reports.given(result.question(), result.given());
            out.println(Wrap.hanging("  " + n++ + ". ", Describe.solution(result.question()) + " → " + given + ", "
                + result.verdict().kind().name().toLowerCase(java.util.Locale.ROOT) + " ("
                + Describe.count(result.points(), "point") + ")", width));
        }
        out.flush();
    }

    void run() {
        out.println(Wrap.indent("Type your answer and press Enter; " + HINT + " for a hint, " + SKIP + " to skip, "
            + QUIT + " to stop" + (article == null ? "." : ", " + READ + " to read the article."), "", width));
        boolean aboutTheText = session.quiz().questions().stream().anyMatch(q -> !q.type().isGap());
        if (article != null && aboutTheText && session.results().isEmpty()) {
            out.println(Wrap.indent("Some questions ask what the article says: read it first with " + READ
                + " (its paragraphs are numbered as the questions name them).", "", width));
        }
        while (true) {
            Optional<Question> next = session.current();
            if (next.isEmpty()) {
                break;
            }
            Question question = next.get();
            ask(question);
            Outcome outcome = readUntilAnswered(question);
            if (outcome == Outcome.QUIT) {
                break;
            }
        }
        boolean early = !session.isOver();
        session.end();
        out.println();
        if (early) {
            out.printf("Session ended after %d of %s. Continue it later with: resume%n", session.results().size(),
                Describe.count(session.size(), "question"));
        }
        Reports.score(session.score(), out);
        out.flush();
    }

    private enum Outcome { ANSWERED, QUIT }

    private void ask(Question question) {
        out.println();
        int paragraph = article == null || question.type().isGap() ? 0 : article.paragraphAt(question.sentence().start());
        out.printf("[%d/%d] %s%s%s%n", session.number(), session.size(), question.type().label(),
            question.focus().isGrammar() ? " · " + question.focus().label() : "",
            paragraph > 0 ? " · Absatz " + paragraph : "");
        out.println(Wrap.indent(question.prompt(), "  ", width));
        if (question instanceof TrueFalseQuestion) {
            out.println("  richtig oder falsch? (r/f)");
        }
        if (question instanceof MultipleChoice choice) {
            List<String> options = choice.choices();
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < options.size(); i++) {
                line.append(i + 1).append(") ").append(options.get(i)).append("   ");
            }
            int room = width > 0 ? width : ONE_LINE_OPTIONS;
            if (line.toString().stripTrailing().length() <= room) {
                out.println(line.toString().stripTrailing());
            } else {
                for (int i = 0; i < options.size(); i++) {
                    out.println(Wrap.indent((i + 1) + ") " + options.get(i), "  ", width));
                }
            }
        }
        out.flush();
        session.shown();
    }

    private Outcome readUntilAnswered(Question question) {
        boolean interrupted = false;
        while (true) {
            String line;
            try {
                line = answers.next("answer> ");
            } catch (AnswerSource.Interrupted e) {
                if (interrupted) {
                    return Outcome.QUIT;
                }
                interrupted = true;
                out.println("  (input cleared; press Ctrl-C again or type " + QUIT + " to end the session)");
                out.flush();
                continue;
            }
            interrupted = false;
            if (line == null) {
                return Outcome.QUIT;
            }
            if (!answers.echoes()) {
                out.println("answer> " + Terminal.safe(line));
            }
            String command = line.strip();
            if (command.equalsIgnoreCase(QUIT)) {
                return Outcome.QUIT;
            }
            if (command.equalsIgnoreCase(HINT)) {
                out.println("  hint: " + session.hint().orElse(session.current().orElseThrow().hints().isEmpty()
                    ? "keine Hinweise für diese Frage" : "keine weiteren Hinweise"));
                out.flush();
                continue;
            }
            if (command.equalsIgnoreCase(READ)) {
                if (article == null) {
                    out.println("  (the article is not at hand for this quiz)");
                } else {
                    pager.show(article.render(width), out);
                    ask(question);
                }
                out.flush();
                continue;
            }
            if (command.equalsIgnoreCase(SKIP)) {
                keep(session.skip());
                return Outcome.ANSWERED;
            }
            if (command.isEmpty()) {
                out.println("  (type an answer, or " + SKIP + " to skip)");
                out.flush();
                continue;
            }
            Optional<Result> result = session.answer(line);
            if (result.isEmpty()) {
                out.println(question instanceof TrueFalseQuestion ? "  (answer r for richtig or f for falsch)"
                    : "  (answer with the number or the text of an option)");
                out.flush();
                continue;
            }
            keep(result.get());
            return Outcome.ANSWERED;
        }
    }

    private void keep(Result result) {
        recorder.record(session.results().size() - 1, result);
        show(result);
        notices.printTo(out);
    }

    private void show(Result result) {
        Verdict verdict = result.verdict();
        String mark = switch (verdict.kind()) {
            case CORRECT -> "✓ correct";
            case ALMOST -> "~ almost";
            case WRONG -> result.skipped() ? "→ skipped" : "✗ wrong";
        };
        StringBuilder line = new StringBuilder("  ").append(mark);
        if (!verdict.feedback().isEmpty() && !result.skipped()) {
            line.append(" (").append(verdict.feedback()).append(')');
        }
        line.append("  +").append(result.points()).append(result.points() == 1 ? " point" : " points");
        if (result.hintsUsed() > 0) {
            line.append(", ").append(result.hintsUsed()).append(result.hintsUsed() == 1 ? " hint" : " hints");
        }
        out.println(line);
        if (!result.correct()) {
            out.println("  answer: " + Describe.solution(result.question()));
        }
        if (!result.question().note().isEmpty()) {
            out.println("  grammar: " + result.question().note());
        }
        out.println(Wrap.indent("sentence: " + sentences.of(result.question()), "  ", width));
        out.flush();
    }

    static String duration(Duration elapsed) {
        long seconds = elapsed.toSeconds();
        return seconds >= 60 ? (seconds / 60) + " min " + (seconds % 60) + " s" : seconds + " s";
    }
}
