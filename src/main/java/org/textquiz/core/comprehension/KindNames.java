package org.textquiz.core.comprehension;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "die Firma" after "der Firma Conradty": a company or an institute the article names once beside its kind, which a
 * statement names in full where the sentence gives only the kind ("Im Jahr 2002 wurde die Firma Conradty
 * zahlungsunfähig.").
 */
final class KindNames {

    private static final String KINDS = "Firma|Unternehmen|Konzern|Institut";
    private static final Pattern NAMED = Pattern.compile(
        "\\b(?:der|die|das|den|dem|des) (" + KINDS + ")s? (\\p{Lu}[\\p{L}&-]*(?: \\p{Lu}[\\p{L}&-]*){0,2})");
    private static final Pattern ALONE = Pattern.compile(
        "\\b((?i:der|die|das|den|dem|des)) (" + KINDS + ")\\b(?! \\p{Lu})(?![\\p{L}-])");

    private KindNames() {
    }

    /** The statement with the kind named, when the article gives it one name; empty when there is none to give. */
    static Optional<String> named(String statement, String articleText) {
        Matcher alone = ALONE.matcher(statement);
        if (!alone.find()) {
            return Optional.empty();
        }
        Set<String> names = new TreeSet<>();
        Matcher named = NAMED.matcher(articleText);
        while (named.find()) {
            if (named.group(1).equals(alone.group(2))) {
                names.add(named.group(2));
            }
        }
        if (names.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(statement.substring(0, alone.end()) + " " + names.iterator().next()
            + statement.substring(alone.end()));
    }
}
