package org.textquiz.export;

/** HTML escaping for text and attribute values. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped, with line breaks kept as {@code <br>}. */
    static String lines(String text) {
        return escape(text).replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>");
    }
}
