package org.textquiz.export;

import java.util.Locale;
import java.util.stream.Collectors;

import org.textquiz.core.classroom.ClassReport;
import org.textquiz.core.question.Question;

/** A class report as CSV for a spreadsheet and as one printable HTML page. */
public final class ClassReportTables {

    private ClassReportTables() {
    }

    public static String csv(ClassReport report) {
        StringBuilder csv = new StringBuilder();
        csv.append("learner,answered,correct,share_correct,points,max_points,seconds\r\n");
        for (ClassReport.LearnerRow row : report.learners()) {
            csv.append(field(row.learner())).append(',').append(row.answered()).append(',').append(row.correct())
                .append(',').append(decimal(row.shareCorrect())).append(',').append(row.points()).append(',')
                .append(row.maxPoints()).append(',').append(row.time().toSeconds()).append("\r\n");
        }
        csv.append("\r\n");
        csv.append("question,id,type,prompt,answered,share_correct,discrimination,most_chosen_wrong,"
            + "times_chosen,mean_hints,flags\r\n");
        for (ClassReport.QuestionRow row : report.questions()) {
            csv.append(row.number()).append(',').append(field(row.question().id())).append(',')
                .append(row.question().type().id()).append(',').append(field(prompt(row.question()))).append(',')
                .append(row.answered()).append(',').append(row.answered() == 0 ? "" : decimal(row.shareCorrect())).append(',')
                .append(row.discrimination().isPresent() ? decimal(row.discrimination().getAsDouble()) : "")
                .append(',').append(field(row.commonWrong())).append(',').append(row.commonWrongCount()).append(',')
                .append(decimal(row.meanHints())).append(',').append(field(flags(row))).append("\r\n");
        }
        return csv.toString();
    }

    public static String html(String quizTitle, ClassReport report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<title>Ergebnisse: ")
            .append(Html.escape(quizTitle)).append("</title>\n<style>\n")
            .append("body{font-family:sans-serif;margin:1.5cm;font-size:11pt}table{border-collapse:collapse;"
                + "width:100%;margin-bottom:1.5em}th,td{border:1px solid #999;padding:3px 6px;text-align:left;"
                + "vertical-align:top}td.n,td.b{text-align:right;white-space:nowrap}.bar{display:inline-block;height:0.8em;"
                + "background:#4a7;vertical-align:middle}.flag{color:#a30;font-weight:bold}"
                + "@page{size:A4;margin:1.5cm}@media print{body{margin:0}}\n")
            .append("</style>\n</head>\n<body>\n<h1>Ergebnisse: ").append(Html.escape(quizTitle)).append("</h1>\n");
        html.append("<h2>Lernende</h2>\n<table>\n<tr><th>Name</th><th>Beantwortet</th><th>Richtig</th>"
            + "<th>Anteil richtig</th><th>Punkte</th><th>Zeit</th></tr>\n");
        for (ClassReport.LearnerRow row : report.learners()) {
            html.append("<tr><td>").append(Html.escape(row.learner())).append("</td><td class=\"n\">")
                .append(row.answered()).append("</td><td class=\"n\">").append(row.correct()).append("</td><td class=\"b\">")
                .append(bar(row.shareCorrect())).append("</td><td class=\"n\">").append(row.points()).append(" / ")
                .append(row.maxPoints()).append("</td><td class=\"n\">").append(minutes(row.time().toSeconds()))
                .append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Fragen</h2>\n<table>\n<tr><th>Nr.</th><th>Frage</th><th>Anteil richtig</th>"
            + "<th>Trennschärfe</th><th>Häufigste falsche Antwort</th><th>Hinweise (Mittel)</th><th></th></tr>\n");
        for (ClassReport.QuestionRow row : report.questions()) {
            html.append("<tr><td class=\"n\">").append(row.number()).append("</td><td>")
                .append(Html.escape(prompt(row.question()))).append("</td><td class=\"b\">")
                .append(row.answered() == 0 ? "noch keine Antwort" : bar(row.shareCorrect()))
                .append("</td><td class=\"n\">")
                .append(row.discrimination().isPresent() ? decimal(row.discrimination().getAsDouble()) : "–")
                .append("</td><td>").append(row.commonWrong().isEmpty() ? "–"
                    : Html.escape(row.commonWrong()) + " (" + row.commonWrongCount() + "×)")
                .append("</td><td class=\"n\">").append(decimal(row.meanHints())).append("</td><td class=\"flag\">")
                .append(Html.escape(germanFlags(row))).append("</td></tr>\n");
        }
        html.append("</table>\n<p>Trennschärfe: die punktbiseriale Korrelation der Frage mit dem Ergebnis im Rest "
            + "des Tests; unter 0 lösten eher die Schwächeren die Frage.</p>\n</body>\n</html>\n");
        return html.toString();
    }

    public static String prompt(Question question) {
        return question.prompt().replace('\n', ' ');
    }

    public static String flags(ClassReport.QuestionRow row) {
        return row.flags().stream().sorted().map(ClassReport.Flag::label).collect(Collectors.joining("; "));
    }

    private static String germanFlags(ClassReport.QuestionRow row) {
        return row.flags().stream().sorted().map(flag -> switch (flag) {
            case MOSTLY_MISSED -> "von den meisten verfehlt";
            case STRONG_MISSED -> "von Stärkeren eher verfehlt";
        }).collect(Collectors.joining("; "));
    }

    private static String bar(double share) {
        int percent = (int) Math.round(share * 100);
        return "<span class=\"bar\" style=\"width:" + percent + "px\"></span> " + percent + " %";
    }

    private static String minutes(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String field(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
