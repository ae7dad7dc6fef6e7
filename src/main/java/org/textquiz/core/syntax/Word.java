package org.textquiz.core.syntax;

import java.util.Objects;

import org.textquiz.core.article.Upos;

/**
 * A syntactic word of a parse, as Universal Dependencies counts them: a token, or one part of a contraction
 * ("zum" is the two words "zu" and "dem", both of token {@code token}).
 *
 * @param token the index of its token in the sentence
 * @param head the index of the word it depends on in the parse, or -1 for the root
 * @param relation the UD relation to its head ("nsubj", "obl", "compound:prt" …)
 */
public record Word(int token, String form, Upos upos, int head, String relation) {

    public Word {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(upos, "upos");
        Objects.requireNonNull(relation, "relation");
        if (token < 0 || head < -1) {
            throw new IllegalArgumentException("token " + token + " and head " + head + " must be indexes");
        }
    }

    /** The relation without its subtype: "compound" for "compound:prt". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
