package org.textquiz.shell;

/** Breaks long lines at spaces to fit the terminal, indenting every line the same. */
final class Wrap {

    private Wrap() {
    }

    /**
     * {@code head} followed by {@code text}, the text's further lines indented under its start: "  play   Answer
     * questions …" with the description's second line under "Answer".
     */
    static String hanging(String head, String text, int width) {
        String wrapped = indent(text, " ".repeat(head.length()), width);
        return head + wrapped.substring(head.length());
    }

    /** With a width of 0 or too narrow to help, the text is only indented (piped output stays one line). */
    static String indent(String text, String indent, int width) {
        int room = width - indent.length() - 1;
        if (width <= 0 || room < 20 || text.length() <= room) {
            return indent + text;
        }
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ", -1)) {
            if (lineLength > 0 && lineLength + 1 + word.length() > room) {
                out.append('\n');
                lineLength = 0;
            }
            if (lineLength == 0) {
                out.append(indent);
            } else {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
