package org.textquiz.files;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text that is not running prose: a quiz file or other JSON, XML or HTML, a GIFT export. Recognised from the
 * start of the decoded text, so that opening one is refused with a pointer to what the user most likely meant.
 */
final class MarkupFormats {

    private static final Pattern JSON = Pattern.compile("\\A\\s*(\\{\\s*(\"|})|\\[\\s*[\\[{\"\\d\\]-]|\\[\\s*(true|false|null)\\b)");
    private static final Pattern QUIZ = Pattern.compile("\"schema\"\\s*:\\s*\\d+\\s*,\\s*\"article\"", Pattern.DOTALL);
    private static final Pattern XML = Pattern.compile("\\A\\s*<(\\?xml|!DOCTYPE|html|quiz|[a-zA-Z][\\w:-]*[ >])",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern GIFT = Pattern.compile("^::[^\\n]{1,200}::", Pattern.MULTILINE);

    private MarkupFormats() {
    }

    /** What to tell the user, for a text that is one of these formats; empty for running text. */
    static Optional<String> explain(String shown, String text) {
        String head = text.length() > ArticleFiles.HEAD_BYTES ? text.substring(0, ArticleFiles.HEAD_BYTES) : text;
        if (JSON.matcher(head).find()) {
            return Optional.of(QUIZ.matcher(head).find()
                ? shown + " is a saved quiz, not an article; play it with: play --quiz " + shown
                : shown + " is a JSON file, not an article; to play a saved quiz: play --quiz " + shown);
        }
        if (XML.matcher(head).find()) {
            return Optional.of(shown + " is XML or HTML, not plain text; save the article as plain text (.txt) "
                + "and open that");
        }
        if (GIFT.matcher(head).find()) {
            return Optional.of(shown + " is a quiz exported in GIFT format, not an article; open the article it "
                + "was made from, or play the saved quiz with: play --quiz FILE");
        }
        return Optional.empty();
    }
}
