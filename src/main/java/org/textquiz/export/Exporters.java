package org.textquiz.export;

import java.util.List;

import org.textquiz.core.TextquizException;

/** Every export format, found by its name. */
public final class Exporters {

    private final List<QuizExporter> all = List.of(new GiftExporter(), new MoodleXmlExporter(), new AnkiPackageExporter(),
        new AnkiExporter(), new HtmlWorksheetExporter(), new MarkdownExporter());

    public QuizExporter byFormat(String format) {
        return all.stream().filter(e -> e.format().equalsIgnoreCase(format.strip())).findFirst()
            .orElseThrow(() -> new TextquizException("unknown format '" + format + "'; choose one of " + names()));
    }

    public String names() {
        return String.join(", ", formats());
    }

    public List<String> formats() {
        return all.stream().map(QuizExporter::format).toList();
    }
}
