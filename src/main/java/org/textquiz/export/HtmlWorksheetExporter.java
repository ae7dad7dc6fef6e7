package org.textquiz.export;

import org.textquiz.core.quiz.Quiz;

/**
 * A printable worksheet in one self-contained HTML file: the article's headline as title, a line for name and
 * date, the article with numbered paragraphs, the tasks in sections with a German instruction each, numbered
 * through all sections, with writing lines for gaps and answers and options lettered a), b) …, and the answer
 * key with every accepted answer on a new page (A4).
 */
public final class HtmlWorksheetExporter implements TextExporter {

    private static final String STYLE = """
        @page { size: A4; margin: 18mm 20mm; }
        body { font-family: "DejaVu Serif", Georgia, serif; font-size: 12pt; line-height: 1.7; color: #111;
               max-width: 46em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 18pt; margin: 0 0 0.2em; line-height: 1.3; }
        .meta { color: #555; font-size: 10pt; margin: 0 0 1.2em; }
        .student { display: flex; gap: 2em; margin: 0 0 1.6em; }
        .student span { flex: 1; border-bottom: 1px solid #000; padding-bottom: 2px; }
        .article p { display: flex; margin: 0 0 0.6em; }
        .article .para { flex: 0 0 2.4em; color: #555; font-size: 10pt; }
        .article .text { flex: 1; }
        .article h3 { font-size: 12pt; margin: 1em 0 0.4em; }
        section.tasks h2 { font-size: 13pt; margin: 1.4em 0 0.6em; }
        ol.tasks { padding-left: 2.6em; }
        ol.tasks > li { margin: 0 0 1.1em; break-inside: avoid-page; }
        .gap { display: inline-block; min-width: 14em; border-bottom: 1px solid #000; }
        .gap.ending { min-width: 2em; }
        .hint { color: #444; }
        .answer { border-bottom: 1px solid #000; height: 1.7em; margin: 0.2em 0 0; }
        ol.options { list-style: none; counter-reset: option; padding-left: 0.4em; margin: 0.3em 0 0; }
        ol.options > li { display: inline-block; margin: 0 2.2em 0.2em 0; counter-increment: option; }
        ol.options > li::before { content: counter(option, lower-alpha) ") "; }
        .key { page-break-before: always; break-before: page; }
        .key h2 { font-size: 14pt; }
        .key ol { columns: 2; column-gap: 2em; }
        @media print { body { margin: 0; max-width: none; padding: 0; } }
        """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return ".html";
    }

    @Override
    public String export(Quiz quiz) {
        return export(quiz, java.util.Optional.empty());
    }

    @Override
    public String export(Quiz quiz, java.util.Optional<String> articleText) {
        Worksheet sheet = Worksheet.of(quiz, articleText);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<title>").append(Html.escape(sheet.title())).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Html.escape(sheet.title())).append("</h1>\n");
        out.append("<p class=\"meta\">").append(sheet.tasks().size()).append(" Aufgaben · Text: ")
            .append(Html.escape(sheet.source())).append(" · Version ").append(sheet.version()).append("</p>\n");
        out.append("<div class=\"student\"><span>Name:</span><span>Datum:</span></div>\n");
        if (!sheet.article().isEmpty()) {
            out.append("<section class=\"article\">\n");
            for (var line : sheet.article()) {
                if (line.headline()) {
                    out.append("<h3>").append(Html.escape(line.text())).append("</h3>\n");
                } else {
                    out.append("<p><span class=\"para\">").append(line.number()).append("</span><span class=\"text\">")
                        .append(Html.escape(line.text())).append("</span></p>\n");
                }
            }
            out.append("</section>\n");
        }
        for (Worksheet.Section section : sheet.sections()) {
            out.append("<section class=\"tasks\">\n<h2>").append(Html.escape(section.instruction())).append("</h2>\n");
            out.append("<ol class=\"tasks\" start=\"").append(section.tasks().get(0).number()).append("\">\n");
            for (Worksheet.Task task : section.tasks()) {
                out.append("<li>").append(Html.lines(task.before()));
                if (task.hasGap()) {
                    out.append(task.shortGap() ? "<span class=\"gap ending\"></span>" : "<span class=\"gap\"></span>");
                    if (!task.hint().isEmpty()) {
                        out.append(" <span class=\"hint\">").append(Html.escape(task.hint())).append("</span>");
                    }
                    out.append(Html.lines(task.after()));
                }
                if (task.needsAnswerLine()) {
                    out.append("\n<div class=\"answer\"></div>");
                }
                if (!task.options().isEmpty()) {
                    out.append("\n<ol class=\"options\">");
                    for (String option : task.options()) {
                        out.append("<li>").append(Html.escape(option)).append("</li>");
                    }
                    out.append("</ol>");
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n</section>\n");
        }
        out.append("<section class=\"key\">\n<h2>Lösungen</h2>\n<ol>\n");
        for (Worksheet.Task task : sheet.tasks()) {
            out.append("<li>").append(Html.escape(task.answer())).append("</li>\n");
        }
        out.append("</ol>\n</section>\n</body>\n</html>\n");
        return out.toString();
    }
}
