package org.textquiz.export;

import org.textquiz.core.quiz.Quiz;

/** The worksheet as Markdown: the same tasks, options and answer key as the HTML one. */
public final class MarkdownExporter implements QuizExporter {

    /** What Markdown reads as formatting, links, HTML or entities anywhere in a line. */
    private static final String SPECIAL = "\\`*_{}[]<>|~&";
    private static final String BLANK = "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_";

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String extension() {
        return ".md";
    }

    @Override
    public String export(Quiz quiz) {
        Worksheet sheet = Worksheet.of(quiz);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(sheet.title())).append("\n\n");
        out.append("Lückentext · ").append(sheet.tasks().size()).append(" Aufgaben · Text: ")
            .append(escape(sheet.source())).append(" · Version ").append(sheet.version()).append("\n\n");
        out.append("Name: ").append(BLANK).append(BLANK).append("  Datum: ").append(BLANK).append("\n\n");
        for (Worksheet.Task task : sheet.tasks()) {
            out.append(task.number()).append(". ").append(escape(task.before()));
            if (task.hasGap()) {
                out.append(task.shortGap() ? "\\_\\_\\_" : BLANK).append(escape(task.after()));
            }
            out.append('\n');
            if (task.needsAnswerLine()) {
                out.append("   ").append(BLANK).append(BLANK).append('\n');
            }
            for (int i = 0; i < task.options().size(); i++) {
                out.append("   - ").append(Worksheet.letter(i)).append(") ").append(escape(task.options().get(i)))
                    .append('\n');
            }
            out.append('\n');
        }
        out.append("---\n\n## Lösungen\n\n");
        for (Worksheet.Task task : sheet.tasks()) {
            out.append(task.number()).append(". ").append(escape(task.answer())).append('\n');
        }
        return out.toString();
    }

    /** Characters Markdown would read as formatting are written literally; line breaks become spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
                continue;
            }
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
