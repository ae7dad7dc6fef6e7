package org.textquiz.export;

import org.textquiz.core.quiz.Quiz;

/** The worksheet as Markdown: the same article, sections, tasks, options and answer key as the HTML one. */
public final class MarkdownExporter implements TextExporter {

    /** What Markdown reads as formatting, links, HTML or entities anywhere in a line. */
    private static final String SPECIAL = "\\`*_{}[]<>|~&";
    private static final String BLANK = "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_";
    private static final String INDENT = "    ";

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
        return export(quiz, java.util.Optional.empty());
    }

    /**
     * Options and writing lines are indented four spaces, so that CommonMark keeps them inside their task's list
     * item also from task 10 on ("10. " is four characters wide).
     */
    @Override
    public String export(Quiz quiz, java.util.Optional<String> articleText) {
        Worksheet sheet = Worksheet.of(quiz, articleText);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(sheet.title())).append("\n\n");
        out.append(sheet.tasks().size()).append(" Aufgaben · Text: ").append(escape(sheet.source()))
            .append(" · Version ").append(sheet.version()).append("\n\n");
        out.append("Name: ").append(BLANK).append(BLANK).append("  Datum: ").append(BLANK).append("\n\n");
        if (!sheet.article().isEmpty()) {
            out.append("## Text\n\n");
            for (var line : sheet.article()) {
                if (line.headline()) {
                    out.append("### ").append(escape(line.text())).append("\n\n");
                } else {
                    out.append("**").append(line.number()).append("** ").append(escape(line.text())).append("\n\n");
                }
            }
        }
        for (Worksheet.Section section : sheet.sections()) {
            out.append("## ").append(escape(section.instruction())).append("\n\n");
            for (Worksheet.Task task : section.tasks()) {
                out.append(task.number()).append(". ").append(escape(task.before()));
                if (task.hasGap()) {
                    out.append(task.shortGap() ? "\\_\\_\\_" : BLANK)
                        .append(task.hint().isEmpty() ? "" : " " + escape(task.hint()))
                        .append(escape(task.after()));
                }
                out.append('\n');
                if (task.needsAnswerLine()) {
                    out.append("\n").append(INDENT).append(BLANK).append(BLANK).append('\n');
                }
                if (!task.options().isEmpty()) {
                    out.append('\n');
                }
                for (int i = 0; i < task.options().size(); i++) {
                    out.append(INDENT).append("- ").append(Worksheet.letter(i)).append(") ")
                        .append(escape(task.options().get(i))).append('\n');
                }
                out.append('\n');
            }
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
