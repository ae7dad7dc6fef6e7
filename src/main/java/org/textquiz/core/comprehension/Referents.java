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
        List<People.Person> named = namedBefore(sentence, article, people);
        if (named.size() != 1) {
            return Optional.empty();
        }
        People.Person person = named.get(0);
        if (Words.containsWord(sentence.text(), person.surname())) {
            // "Er glaubte auch, dass Wallenstein zu reich … geworden war": the one the sentence names is someone else
            return Optional.empty();
        }
        Feature wanted = pronoun.equals("Er") ? Feature.MASCULINE : Feature.FEMININE;
        if (person.gender().isPresent() && person.gender().get() != wanted
            || person.gender().isEmpty() && (pronoun.equals("Sie") || masculineThingBefore(sentence, article, people))
            || pronoun.equals("Er") && objectInTheMasculineBefore(sentence, article, people)) {
            return Optional.empty();
        }
        return Optional.of(new String[] {pronoun, person.name()});
    }

    /** Third-person pronouns that could stand for a person; a sentence with two of them is left alone. */
    private static final java.util.Set<String> THIRD_PERSON = java.util.Set.of("er", "ihn", "ihm", "sie", "ihr",
        "ihnen");
    /** Only a subject: a name, which shows no case, in place of "ihn" or "ihm" would read as the subject. */
    private static final java.util.Set<String> MASCULINE = java.util.Set.of("er");

    /**
     * Whom the one third-person pronoun of a sentence means, wherever it stands: "er", or "sie" as the subject of a
     * verb in the singular. It is the one person the sentence names, when that is its subject before the pronoun,
     * else, when the sentence names no one, the person
     * the opening pronoun would be resolved to ({@link #of(Sentence, Article, People)}); the given name must not
     * tell another gender.
     */
    static Optional<String[]> of(Sentence sentence, Article article, People people,
                                 org.textquiz.core.syntax.Parse parse, org.textquiz.core.analysis.Morphology morphology) {
        Optional<String[]> opening = of(sentence, article, people);
        if (opening.isPresent()) {
            return opening;
        }
        List<Integer> pronouns = new java.util.ArrayList<>();
        for (int w = 0; w < parse.words().size(); w++) {
            var word = parse.word(w);
            if (word.upos() == org.textquiz.core.article.Upos.PRON
                && THIRD_PERSON.contains(word.form().toLowerCase(java.util.Locale.GERMAN))) {
                pronouns.add(w);
            }
        }
        if (pronouns.size() != 1) {
            return Optional.empty();
        }
        var pronoun = parse.word(pronouns.get(0));
        String form = pronoun.form().toLowerCase(java.util.Locale.GERMAN);
        boolean masculine = MASCULINE.contains(form);
        boolean she = form.equals("sie") && pronoun.relation().startsWith("nsubj") && pronoun.head() >= 0
            && singularVerb(parse, pronoun.head(), morphology);
        if (!masculine && !she) {
            return Optional.empty();
        }
        Feature wanted = masculine ? Feature.MASCULINE : Feature.FEMININE;
        int token = pronoun.token();
        List<People.Person> inSentence = people.in(sentence).stream().map(People.Mention::person).distinct().toList();
        List<People.Person> named = inSentence.size() == 1 && subjectNames(parse, sentence, people, token)
            ? inSentence : List.of();
        if (inSentence.size() > 1 || inSentence.size() == 1 && named.isEmpty()) {
            return Optional.empty();
        }
        if (named.isEmpty()) {
            named = namedBefore(sentence, article, people);
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        People.Person person = named.get(0);
        if (person.gender().isPresent() && person.gender().get() != wanted || person.gender().isEmpty() && she
            || person.gender().isEmpty() && inSentence.isEmpty() && masculineThingBefore(sentence, article, people)
            || masculine && inSentence.isEmpty() && objectInTheMasculineBefore(sentence, article, people)
            || inSentence.isEmpty() && Words.containsWord(sentence.text(), person.surname())) {
            return Optional.empty();
        }
        return Optional.of(new String[] {pronoun.form(), person.name()});
    }

    /**
     * Whom a subject that is only a role means ("Die Politikerin sitzt seit August in Untersuchungshaft" after a
     * sentence about Julia Timoschenko): the one person the nearest sentence before that names anyone names, when
     * this sentence names no one and the person's given name does not tell another gender than the role's.
     */
    static Optional<People.Person> ofRole(Sentence sentence, Article article, People people, Feature gender) {
        if (!people.in(sentence).isEmpty()) {
            return Optional.empty();
        }
        List<People.Person> named = namedBefore(sentence, article, people);
        if (named.size() != 1 || named.get(0).gender().isPresent() && named.get(0).gender().get() != gender) {
            return Optional.empty();
        }
        return Optional.of(named.get(0));
    }

    /**
     * The people the nearest of the {@value #LOOK_BACK} sentences before names, the nearest that names anyone; none
     * past a headline.
     */
    private static List<People.Person> namedBefore(Sentence sentence, Article article, People people) {
        return nearestNaming(sentence, article, people)
            .filter(before -> people.in(before).stream().noneMatch(m -> playsARole(before, m)))
            .filter(before -> !namedBesideAPronoun(before, people))
            .filter(before -> !namedAsSomeonesKin(before, people))
            .map(before -> people.in(before).stream()
            .filter(m -> !namesAThing(before, m)).map(People.Mention::person).distinct().toList()).orElse(List.of());
    }

    /**
     * "… mit Cesare Pavese gab er eine Anthologie … heraus. Zunächst war er dem Faschismus nahegestanden",
     * "Zusammen mit seinem Freund Friedrich Engels hat er …. Er wurde 1818 … geboren": the one named in a phrase
     * after a preposition beside an "er" or "sie" of the same sentence, who is not whom that pronoun and the next
     * sentence's mean.
     */
    private static boolean namedBesideAPronoun(Sentence sentence, People people) {
        List<org.textquiz.core.article.Token> tokens = sentence.tokens();
        boolean pronoun = tokens.stream().anyMatch(t -> t.upos() == org.textquiz.core.article.Upos.PRON
            && java.util.Set.of("er", "sie").contains(Words.lower(t.text())));
        return pronoun && people.in(sentence).stream().anyMatch(m -> afterAPreposition(tokens, m.from()));
    }

    /**
     * "Sein Vater Giovanni Santi war ebenfalls ein bekannter Maler. Als Jugendlicher ging er …": someone named as the
     * father, the mother, a teacher or a friend of whom "sein" means, who is as likely to be the next "er".
     */
    private static boolean namedAsSomeonesKin(Sentence sentence, People people) {
        List<org.textquiz.core.article.Token> tokens = sentence.tokens();
        return people.in(sentence).stream().anyMatch(m -> m.from() >= 2
            && KIN.contains(tokens.get(m.from() - 1).text())
            && POSSESSIVES.contains(Words.lower(tokens.get(m.from() - 2).text())));
    }

    private static final java.util.Set<String> KIN = java.util.Set.of("Vater", "Mutter", "Bruder", "Schwester", "Sohn",
        "Tochter", "Onkel", "Tante", "Großvater", "Großmutter", "Ehemann", "Ehefrau", "Frau", "Mann", "Cousin",
        "Cousine", "Neffe", "Nichte", "Enkel", "Enkelin", "Lehrer", "Lehrerin", "Freund", "Freundin");
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("sein", "seine", "seinem", "seinen",
        "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer");

    /** How many words a preposition may stand before a name it governs ("mit seinem Freund Friedrich Engels"). */
    private static final int NOUN_PHRASE_BEFORE_A_NAME = 3;

    private static boolean afterAPreposition(List<org.textquiz.core.article.Token> tokens, int name) {
        for (int t = name - 1; t >= Math.max(0, name - 1 - NOUN_PHRASE_BEFORE_A_NAME); t--) {
            var upos = tokens.get(t).upos();
            if (upos == org.textquiz.core.article.Upos.ADP) {
                return true;
            }
            if (!java.util.Set.of(org.textquiz.core.article.Upos.DET, org.textquiz.core.article.Upos.ADJ,
                org.textquiz.core.article.Upos.NOUN, org.textquiz.core.article.Upos.PRON).contains(upos)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Erna (Regina Fritsch) …. Sie überwacht …": a player in brackets after the part she plays, which the pronoun
     * means as much as her, so a question's answer would be one of two names.
     */
    private static boolean playsARole(Sentence sentence, People.Mention mention) {
        List<org.textquiz.core.article.Token> tokens = sentence.tokens();
        return mention.from() > 1 && tokens.get(mention.from() - 1).text().equals("(")
            && Character.isUpperCase(tokens.get(mention.from() - 2).text().charAt(0));
    }

    /**
     * "… bezeichnet die Archäologin Montserrat Sanz den Fund. Er wurde …": a thing in the masculine beside a person
     * whose given name tells no gender, which "er" may as well mean.
     */
    private static boolean masculineThingBefore(Sentence sentence, Article article, People people) {
        return nearestNaming(sentence, article, people).map(before -> MASCULINE_THING.matcher(before.text()).find())
            .orElse(false);
    }

    /**
     * "… schrieb Joseph Roth einen Roman mit dem Titel „Hiob“. Er spielt um das Jahr 1900 in Russland": an object in
     * the masculine, which "er" may mean as well as the man who wrote it.
     */
    private static boolean objectInTheMasculineBefore(Sentence sentence, Article article, People people) {
        return nearestNaming(sentence, article, people).map(before -> MASCULINE_OBJECT.matcher(before.text()).find())
            .orElse(false);
    }

    /** Works and machines in the masculine, which sentences after them tell of as "er" ("Er spielt …", "Er konnte …"). */
    private static final Pattern MASCULINE_OBJECT = Pattern.compile("\\beinen\\s+(?:\\p{Ll}+\\s+){0,2}(?:\\p{Lu}\\p{Ll}*)?"
        + "(?:[Rr]oman|[Ff]ilm|[Bb]rief|[Tt]ext|[Aa]rtikel|[Bb]ericht|[Aa]ufsatz|[Ss]ong|[Cc]omic|[Ee]ssay|[Vv]ortrag|[Ss]chlager"
        + "|[Aa]pparat|[Rr]oboter|[Cc]omputer|[Mm]otor|[Ww]agen|[Vv]ertrag|[Ee]ntwurf|[Hh]it)\\b");

    private static final Pattern MASCULINE_THING = Pattern.compile(
        "\\b(?:den|einen|der|ein)\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Lu}\\p{Ll}+");

    /** The nearest of the {@value #LOOK_BACK} sentences before that names anyone; none past a headline. */
    private static Optional<Sentence> nearestNaming(Sentence sentence, Article article, People people) {
        List<Sentence> sentences = article.sentences().toList();
        int at = sentences.indexOf(sentence);
        for (int back = at - 1; back >= Math.max(0, at - LOOK_BACK); back--) {
            Sentence before = sentences.get(back);
            if (before.headline()) {
                return Optional.empty();
            }
            if (!people.in(before).isEmpty()) {
                return Optional.of(before);
            }
            if (before.tokens().stream().anyMatch(t -> t.upos() == org.textquiz.core.article.Upos.PROPN)) {
                // "…“, sagte Romney.": a name the article gives no more of may be whom the pronoun means
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the nearest sentence before that names anyone names {@code name} in its subject ("Der Erfinder der
     * Musikschule, Jürgen Kremb, erhebt …. Er wurde … gekündigt."): the certainty a question whose answer is the
     * person needs. "Trong gehört zur alten Garde. Im Gegensatz zu Dung ist er … Er gilt als …" names Dung last, but
     * not as the one the sentence is about.
     */
    static boolean namedAsSubjectBefore(Sentence sentence, Article article, People people,
                                        org.textquiz.core.syntax.DependencyParser parser, String name) {
        return nearestNaming(sentence, article, people).filter(before -> {
            org.textquiz.core.syntax.Parse parse = parser.parse(before);
            return people.in(before).stream().filter(m -> m.person().name().equals(name))
                .anyMatch(m -> inSubject(parse, m));
        }).isPresent();
    }

    private static boolean inSubject(org.textquiz.core.syntax.Parse parse, People.Mention mention) {
        int root = parse.root();
        if (root < 0) {
            return false;
        }
        for (int subject : parse.children(root)) {
            if (!parse.word(subject).relation().startsWith("nsubj")) {
                continue;
            }
            List<Integer> tree = parse.subtree(subject);
            int from = parse.word(tree.get(0)).token();
            int to = parse.word(tree.get(tree.size() - 1)).token() + 1;
            if (mention.from() >= from && mention.to() <= to) {
                return true;
            }
        }
        return false;
    }

    /** "die Firma Conradty": a surname that names a firm, a foundation or a prize there, not the person. */
    private static boolean namesAThing(Sentence sentence, People.Mention mention) {
        return mention.from() > 0 && THINGS_NAMED_AFTER_PEOPLE.contains(sentence.tokens().get(mention.from() - 1).text());
    }

    private static final java.util.Set<String> THINGS_NAMED_AFTER_PEOPLE = java.util.Set.of("Firma", "Unternehmen",
        "Konzern", "Familie", "Stiftung", "Verlag", "Gruppe", "Haus", "Klinik", "Preis", "Straße", "Platz", "Schule",
        "Universität", "Marke", "Bank", "Werk", "Werke", "Hotel", "Museum", "Institut", "Kaufhaus", "Brauerei");

    /**
     * "Tsvangirai selbst hält sich in Südafrika auf, wo er …": the person named before the pronoun is the subject of
     * the main clause, the one a later "er" means; a person named elsewhere in the sentence may not be.
     */
    private static boolean subjectNames(org.textquiz.core.syntax.Parse parse, Sentence sentence, People people,
                                        int pronounToken) {
        int root = parse.root();
        List<Integer> subjects = root < 0 ? List.of() : parse.children(root, "nsubj");
        if (subjects.isEmpty() || !parse.contiguous(subjects.get(0))) {
            return false;
        }
        List<Integer> tree = parse.subtree(subjects.get(0));
        int from = parse.word(tree.get(0)).token();
        int to = parse.word(tree.get(tree.size() - 1)).token() + 1;
        return to <= pronounToken && people.in(sentence).stream().allMatch(m -> m.from() >= from && m.to() <= to);
    }

    private static boolean singularVerb(org.textquiz.core.syntax.Parse parse, int head,
                                        org.textquiz.core.analysis.Morphology morphology) {
        List<Integer> verbs = new java.util.ArrayList<>(List.of(head));
        verbs.addAll(parse.children(head, "aux"));
        verbs.addAll(parse.children(head, "cop"));
        return verbs.stream().map(parse::word).anyMatch(v -> {
            var readings = morphology.readings(v.form()).stream().filter(m -> m.has(Feature.FINITE)
                && m.has(Feature.THIRD_PERSON)).toList();
            return !readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.SINGULAR));
        });
    }

    /**
     * What a "sie" that is the subject of the main clause stands for when it is no person: the subject of the
     * sentence right before, where it stands first, with the definite article and the number (and in the singular
     * the gender) the verb and the pronoun ask for ("Die Dänen stehen … an der Spitze. Jährlich verkaufen sie rund
     * zehn Millionen Bäume …" gives "die Dänen"); empty when either sentence names a person, or a second third-person
     * pronoun leaves it open.
     */
    static Optional<String[]> antecedent(Sentence sentence, Article article, People people,
                                         org.textquiz.core.syntax.Parse parse,
                                         org.textquiz.core.syntax.DependencyParser parser,
                                         org.textquiz.core.analysis.Morphology morphology) {
        int root = parse.root();
        List<Integer> pronouns = new java.util.ArrayList<>();
        for (int w = 0; w < parse.words().size(); w++) {
            var word = parse.word(w);
            if (word.upos() == org.textquiz.core.article.Upos.PRON
                && (THIRD_PERSON.contains(Words.lower(word.form())) || Words.lower(word.form()).equals("es"))) {
                pronouns.add(w);
            }
        }
        if (root < 0 || pronouns.size() != 1 || !people.in(sentence).isEmpty()) {
            return Optional.empty();
        }
        var pronoun = parse.word(pronouns.get(0));
        if (!Words.lower(pronoun.form()).equals("sie") || !pronoun.relation().equals("nsubj") || pronoun.head() != root) {
            return Optional.empty();
        }
        Optional<Boolean> plural = number(parse, root, morphology);
        Optional<Sentence> before = sentenceBefore(sentence, article);
        if (plural.isEmpty() || before.isEmpty() || !people.in(before.get()).isEmpty()) {
            return Optional.empty();
        }
        org.textquiz.core.syntax.Parse previous = parser.parse(before.get());
        int head = previous.root();
        List<Integer> subjects = head < 0 ? List.of() : previous.children(head, "nsubj");
        if (subjects.size() != 1 || !previous.contiguous(subjects.get(0))) {
            return Optional.empty();
        }
        int subject = subjects.get(0);
        List<Integer> tree = previous.subtree(subject);
        var noun = previous.word(subject);
        String text = Words.text(previous, tree.get(0), tree.get(tree.size() - 1));
        boolean first = tree.get(0) == 0 && previous.word(0).form().equals("Die");
        Feature number = plural.get() ? Feature.PLURAL : Feature.SINGULAR;
        // "Die „documenta“ in Kassel ist …": a word the dictionary does not know has the number of its verb, and
        // after "Die" in the singular is feminine
        List<org.textquiz.core.analysis.Morph> nominatives = morphology.readings(noun.form()).stream()
            .filter(m -> m.upos() == org.textquiz.core.article.Upos.NOUN && m.has(Feature.NOMINATIVE)).toList();
        boolean agrees = number(previous, head, morphology).equals(plural) && (nominatives.isEmpty()
            || nominatives.stream().allMatch(m -> m.has(number) && (plural.get() || m.has(Feature.FEMININE))));
        // "Die Temperaturen waren so hoch, dass die Schlittenlenker nur nachts fuhren. Außerdem konnten sie nicht …":
        // a second subject of that number in the sentence before, which the pronoun may as well stand for
        boolean another = java.util.stream.IntStream.range(0, previous.words().size())
            .filter(w -> w != subject && previous.word(w).relation().startsWith("nsubj")
                && previous.word(w).upos() != org.textquiz.core.article.Upos.PRON)
            .anyMatch(w -> morphology.readings(previous.word(w).form()).stream()
                .anyMatch(m -> m.upos() == org.textquiz.core.article.Upos.NOUN && m.has(Feature.NOMINATIVE)
                    && m.has(number)));
        if (!first || !agrees || another || noun.upos() != org.textquiz.core.article.Upos.NOUN
            || tree.size() > MAX_ANTECEDENT_WORDS
            || text.matches(".*[,()\\[\\]:;–-].*") || !Words.quotesBalanced(text)) {
            return Optional.empty();
        }
        return Optional.of(new String[] {pronoun.form(), "d" + text.substring(1)});
    }

    private static final int MAX_ANTECEDENT_WORDS = 6;

    /** Whether the finite verb of the clause is plural (present when the dictionary tells one number only). */
    private static Optional<Boolean> number(org.textquiz.core.syntax.Parse parse, int head,
                                            org.textquiz.core.analysis.Morphology morphology) {
        List<Integer> verbs = new java.util.ArrayList<>(List.of(head));
        verbs.addAll(parse.children(head, "aux"));
        verbs.addAll(parse.children(head, "cop"));
        for (int v : verbs) {
            var readings = morphology.readings(parse.word(v).form()).stream().filter(m -> m.has(Feature.FINITE)
                && m.has(Feature.THIRD_PERSON)).toList();
            if (!readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.PLURAL))) {
                return Optional.of(true);
            }
            if (!readings.isEmpty() && readings.stream().allMatch(m -> m.has(Feature.SINGULAR))) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    /** The sentence right before in the same paragraph, not a headline. */
    private static Optional<Sentence> sentenceBefore(Sentence sentence, Article article) {
        for (var paragraph : article.paragraphs()) {
            int at = paragraph.sentences().indexOf(sentence);
            if (at > 0 && !paragraph.sentences().get(at - 1).headline()) {
                return Optional.of(paragraph.sentences().get(at - 1));
            }
        }
        return Optional.empty();
    }

    /** The text with the pronoun, as it stands after being moved ("er", "Er"), replaced by the name, once. */
    static String replaced(String text, String[] referent) {
        String pronoun = referent[0];
        String lower = pronoun.toLowerCase(java.util.Locale.GERMAN);
        Matcher m = Pattern.compile("\\b(" + pronoun + "|" + lower + ")\\b").matcher(text);
        if (!m.find()) {
            return text;
        }
        String after = text.substring(m.end());
        // "Dem Untergrund passt sie sich an": a pronoun goes before "sich", a noun after it
        boolean reflexiveAfter = m.start() > 0 && after.startsWith(" sich ");
        String replaced = text.substring(0, m.start()) + (m.start() == 0 ? Words.capitalise(referent[1])
            : reflexiveAfter ? "sich " + referent[1] : referent[1])
            + (reflexiveAfter ? after.substring(" sich".length()) : after);
        // "Wozu rät laut Renate Künast Renate Künast?": the one the pronoun names is the one whose words are reported
        String source = "laut " + referent[1] + " ";
        return replaced.contains(source) && replaced.indexOf(referent[1]) != replaced.lastIndexOf(referent[1])
            ? replaced.replace(source, "") : replaced;
    }
}
