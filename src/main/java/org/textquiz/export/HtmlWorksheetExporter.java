package org.textquiz.export;

import org.textquiz.core.quiz.Quiz;

/**
 * A printable worksheet in one self-contained HTML file: title, a line for name and date, the numbered
 * tasks with writing lines for the gaps and lettered options, and the answer key on a new page (A4).
 */
public final class HtmlWorksheetExporter implements QuizExporter {

    private static final String STYLE = """
        @page { size: A4; margin: 18mm 20mm; }
        body { font-family: "DejaVu Serif", Georgia, serif; font-size: 12pt; line-height: 1.7; color: #111;
               max-width: 46em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 18pt; margin: 0 0 0.2em; line-height: 1.3; }
        .meta { color: #555; font-size: 10pt; margin: 0 0 1.2em; }
        .student { display: flex; gap: 2em; margin: 0 0 1.6em; }
        .student span { flex: 1; border-bottom: 1px solid #000; padding-bottom: 2px; }
        ol.tasks { padding-left: 1.6em; }
        ol.tasks > li { margin: 0 0 1.1em; page-break-inside: avoid; break-inside: avoid; }
        .gap { display: inline-block; min-width: 9em; border-bottom: 1px solid #000; }
        .gap.ending { min-width: 2em; }
        .answer { border-bottom: 1px solid #000; height: 1.7em; margin: 0.2em 0 0; }
        ol.options { list-style: lower-alpha; display: flex; flex-wrap: wrap; gap: 0.4em 2.2em;
                     padding-left: 1.2em; margin: 0.3em 0 0; }
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
        Worksheet sheet = Worksheet.of(quiz);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<title>").append(Html.escape(sheet.title())).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Html.escape(sheet.title())).append("</h1>\n");
        out.append("<p class=\"meta\">Lückentext · ").append(sheet.tasks().size()).append(" Aufgaben · Text: ")
            .append(Html.escape(sheet.source())).append(" · Version ").append(sheet.version()).append("</p>\n");
        out.append("<div class=\"student\"><span>Name:</span><span>Datum:</span></div>\n");
        out.append("<ol class=\"tasks\">\n");
        for (Worksheet.Task task : sheet.tasks()) {
            out.append("<li>").append(Html.lines(task.before()));
            if (task.hasGap()) {
                out.append(task.shortGap() ? "<span class=\"gap ending\"></span>" : "<span class=\"gap\"></span>")
                    .append(Html.lines(task.after()));
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
        out.append("</ol>\n");
        out.append("<section class=\"key\">\n<h2>Lösungen</h2>\n<ol>\n");
        for (Worksheet.Task task : sheet.tasks()) {
            out.append("<li>").append(Html.escape(task.answer())).append("</li>\n");
        }
        out.append("</ol>\n</section>\n</body>\n</html>\n");
        return out.toString();
    }
}
