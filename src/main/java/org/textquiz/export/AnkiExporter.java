package org.textquiz.export;

import java.util.Optional;

import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.Quiz;

/**
 * A text file that Anki imports as Cloze notes ({@code anki-text}): the sentence with {@code {{c1::answer::hint}}}
 * at the gap, the article's sentence as Back Extra, the kind of question as tags. Anki matches the note type by
 * its name, which is "Lückentext" in a German Anki: there the importer's note type must be chosen by hand, or the
 * {@code anki} package used, which brings its own note type.
 */
public final class AnkiExporter implements TextExporter {

    @Override
    public String format() {
        return "anki-text";
    }

    @Override
    public String extension() {
        return ".anki.txt";
    }

    @Override
    public String export(Quiz quiz) {
        return export(quiz, Optional.empty());
    }

    @Override
    public String export(Quiz quiz, Optional<String> articleText) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n");
        out.append("#html:true\n");
        out.append("#notetype:Cloze\n");
        out.append("#deck:").append(AnkiCards.deck(quiz, articleText)).append('\n');
        out.append("#tags column:3\n");
        for (Question question : quiz.questions()) {
            out.append(AnkiCards.cloze(question)).append('\t').append(AnkiCards.backExtra(question)).append('\t')
                .append(AnkiCards.tags(question)).append('\n');
        }
        return out.toString();
    }
}
