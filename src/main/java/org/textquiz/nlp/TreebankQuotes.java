package org.textquiz.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotation marks as the UD German treebank writes them, {@code ``} and {@code ''}, which the tagger and the parser
 * were trained on: „ “ » « and straight quotes are unknown to them and come out as nouns, names or foreign words.
 */
public final class TreebankQuotes {

    private static final String OPENING = "„»‚";
    private static final String CLOSING = "“”«‘’";

    private TreebankQuotes() {
    }

    /** The tokens with every quotation mark standing alone replaced by {@code ``} or {@code ''}. */
    public static List<String> of(List<String> tokens) {
        List<String> forms = new ArrayList<>(tokens.size());
        boolean open = false;
        for (String token : tokens) {
            if (token.length() != 1) {
                forms.add(token);
                continue;
            }
            char c = token.charAt(0);
            boolean opening = OPENING.indexOf(c) >= 0 || (c == '"' || c == '“') && !open;
            boolean closing = !opening && (CLOSING.indexOf(c) >= 0 || c == '"');
            if (opening) {
                open = true;
                forms.add("``");
            } else if (closing) {
                open = false;
                forms.add("''");
            } else {
                forms.add(token);
            }
        }
        return forms;
    }
}
