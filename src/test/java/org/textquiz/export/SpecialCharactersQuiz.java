package org.textquiz.export;

import java.util.List;

import org.textquiz.core.article.Span;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;

/** A small fixed quiz with every character that means something in one of the export formats. */
final class SpecialCharactersQuiz {

    static final String ALL_SPECIALS = "~ = # { } : \\ < > & \" '";

    private SpecialCharactersQuiz() {
    }

    static Quiz quiz() {
        ClozeQuestion cloze = new ClozeQuestion("cloze-1",
            "Der „Tarif“ {neu} kostet ~5 € = 10 # Stück: die _____ & <mehr> als \"früher\" \\ 'gestern'.",
            List.of("Größe", "Grösse", "a:b{c}~d=e#f\\g <&> \"q\" 'r'"),
            List.of("(groß)", "first letter: G", "5 characters"),
            new Span(0, 88), new Span(48, 53));
        ChoiceQuestion choice = new ChoiceQuestion("choice-2",
            "Sie _____ über 100 % – Maß, Fuß & Soße::{x}.\n(Teil 2)",
            List.of("weiß"),
            List.of("a=b", "{c}", "weiß", "x~y#1:2\\3 <&> \"q\" 'r'"),
            List.of("it is neither a=b nor {c}"),
            new Span(89, 142), new Span(93, 97));
        return new Quiz(Quiz.SCHEMA, new ArticleRef("Preise & „Tarife“ <2024> {neu}: #1 ~ = \\ \"x\" 'y'",
            "tarif.txt", "0".repeat(64)), "de", 42, List.of(cloze, choice));
    }
}
