package org.textquiz.core.comprehension;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;

/**
 * Whom a sentence's opening "Er" or "Sie" means, when the article makes it certain: the nearest of the two
 * sentences before it that names anyone (no headline between) names exactly one person, whose given name does not
 * tell another gender. A statement or question then says the person's name instead of the pronoun.
 */
final class Referents {

    private static final Pattern OPENING = Pattern.compile("^(Er|Sie) ");
    /** How many sentences back the person may be named, the nearest that names anyone deciding. */
    private static final int LOOK_BACK = 2;

    private Referents() {
    }

    /** The pronoun opening the sentence ("Er", "Sie"), and the name it stands for; empty when not certain. */
    static Optional<String[]> of(Sentence sentence, Article article, People people) {
        Matcher opening = OPENING.matcher(sentence.text());
        if (!opening.find()) {
            return Optional.empty();
        }
        String pronoun = opening.group(1);
        List<Sentence> sentences = article.sentences().toList();
        int at = sentences.indexOf(sentence);
        List<People.Person> named = List.of();
        for (int before = at - 1; before >= Math.max(0, at - LOOK_BACK) && named.isEmpty(); before--) {
            if (sentences.get(before).headline()) {
                break;
            }
            named = people.in(sentences.get(before)).stream().map(People.Mention::person).distinct().toList();
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        People.Person person = named.get(0);
        Feature wanted = pronoun.equals("Er") ? Feature.MASCULINE : Feature.FEMININE;
        if (person.gender().isPresent() && person.gender().get() != wanted
            || person.gender().isEmpty() && pronoun.equals("Sie")) {
            return Optional.empty();
        }
        return Optional.of(new String[] {pronoun, person.name()});
    }

    /** The text with the pronoun, as it stands after being moved ("er", "Er"), replaced by the name, once. */
    static String replaced(String text, String[] referent) {
        String pronoun = referent[0];
        String lower = pronoun.toLowerCase(java.util.Locale.GERMAN);
        Matcher m = Pattern.compile("\\b(" + pronoun + "|" + lower + ")\\b").matcher(text);
        if (!m.find()) {
            return text;
        }
        return text.substring(0, m.start()) + referent[1] + text.substring(m.end());
    }
}
