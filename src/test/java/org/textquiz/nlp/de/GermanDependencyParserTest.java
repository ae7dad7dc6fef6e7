package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.trees.TypedDependency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.syntax.Parse;
import org.textquiz.nlp.TreebankQuotes;

class GermanDependencyParserTest {

    private static ParserWeights weights;

    @BeforeAll
    static void readWeights() {
        weights = CoreNlpEngine.weights();
    }

    /** The engine reads CoreNLP's inner parse; CoreNLP's public predict must give the same heads and relations. */
    @Test
    void parsesEveryBundledSentenceAsCoreNlpsPublicPredictDoes() {
        CoreNlpEngine engine = CoreNlpEngine.over(weights);
        List<Sentence> sentences = GermanAnalysis.bundled().sentences().toList();
        assertThat(sentences).hasSizeGreaterThan(20);
        for (Sentence sentence : sentences) {
            List<TaggedWord> words = new ArrayList<>();
            List<String> forms = TreebankQuotes.of(sentence.tokens().stream().map(Token::text).toList());
            for (int i = 0; i < forms.size(); i++) {
                words.add(new TaggedWord(forms.get(i), sentence.tokens().get(i).upos().name()));
            }
            int[] heads = new int[words.size()];
            String[] relations = new String[words.size()];
            for (TypedDependency dependency : engine.coreNlp().predict(words).typedDependencies()) {
                heads[dependency.dep().index() - 1] = dependency.gov().index() - 1;
                relations[dependency.dep().index() - 1] = dependency.reln().toString();
            }
            CoreNlpEngine.Parsed ours = engine.predict(words);

            assertThat(ours.heads()).as(sentence.text()).containsExactly(heads);
            assertThat(ours.relations()).as(sentence.text()).containsExactly(relations);
        }
    }

    @Test
    void parsesManySentencesAtOnceAsOneByOne() {
        GermanDependencyParser two = GermanDependencyParser.load(2);
        GermanDependencyParser one = GermanDependencyParser.load(1);
        List<Sentence> sentences = GermanAnalysis.bundled().sentences().toList();

        List<Parse> together = two.parseAll(sentences);

        assertThat(together).hasSameSizeAs(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(together.get(i)).isEqualTo(one.parse(sentences.get(i)));
        }
    }

    @Test
    void theUmOfAPurposeIsTheMarkOfItsInfinitiveWithZu() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Um Schüler für die Musikschule zu gewinnen, "
            + "wurde das Netzwerk gegründet.").sentences().findFirst().orElseThrow());

        assertThat(parse.word(0).relation()).isEqualTo("mark");
        assertThat(parse.word(parse.word(0).head()).form()).isEqualTo("gewinnen");
    }

    /** From Wikinews (train split, hand-read set 59 for #13): what an office is for belongs to its name. */
    @Test
    void whatAnOfficeIsForBelongsToItsName() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Nach eigenen Angaben erhielt das Bundesamt für "
            + "Verfassungsschutz aus dem Bundeshaushalt im Jahre 2005 Bundesmittel in Höhe von 137 Millionen Euro.")
            .sentences().findFirst().orElseThrow());
        int office = java.util.stream.IntStream.range(0, parse.words().size())
            .filter(w -> parse.word(w).form().equals("Verfassungsschutz")).findFirst().orElseThrow();

        assertThat(parse.word(parse.word(office).head()).form()).isEqualTo("Bundesamt");
        assertThat(parse.word(office).relation()).isEqualTo("nmod");
    }

    /** From Wikinews (train split, hand-read set 69 for #13): where to belongs with where from. */
    @Test
    void whereToBelongsToTheNounWhereFromBelongsTo() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Eine Boeing war auf dem Weg von Lima nach "
            + "Pucallpa abgestürzt.").sentences().findFirst().orElseThrow());
        int to = java.util.stream.IntStream.range(0, parse.words().size())
            .filter(w -> parse.word(w).form().equals("Pucallpa")).findFirst().orElseThrow();

        assertThat(parse.word(parse.word(to).head()).form()).isEqualTo("Weg");
        assertThat(parse.word(to).relation()).isEqualTo("nmod");
    }

    /** From the corpus (art_026, for #13): a "zu" before a noun tagged as an adverb left the noun the object. */
    @Test
    void aZuBeforeANounIsItsPreposition() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Auch in Deutschland kommt es zu Schäden und "
            + "Einschränkungen.").sentences().findFirst().orElseThrow());
        int damage = java.util.stream.IntStream.range(0, parse.words().size())
            .filter(w -> parse.word(w).form().equals("Schäden")).findFirst().orElseThrow();

        assertThat(parse.word(damage).relation()).isEqualTo("obl");
        assertThat(parse.word(damage - 1).upos()).isEqualTo(org.textquiz.core.article.Upos.ADP);
        assertThat(parse.word(damage - 1).relation()).isEqualTo("case");
    }

    /**
     * From the corpus (art_023 and art_030, for #13): a verb's adjective particle and an adverb read as the
     * subordinator of the main clause, which then was no main clause.
     */
    @Test
    void anAdjectiveOrAnAdverbSubordinatesNothing() {
        Parse announced = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Das zwölfköpfige Gremium gab nach der "
            + "Anweisung durch den geistigen Führer der Islamischen Republik Iran bekannt, innerhalb von zehn Tagen die "
            + "Vorwürfe untersuchen zu wollen.").sentences().findFirst().orElseThrow());
        Parse again = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Seit Freitag funktionieren Flug- und "
            + "Fährverbindungen wieder.").sentences().findFirst().orElseThrow());

        assertThat(relationOf(announced, "bekannt")).isEqualTo("compound:prt");
        assertThat(relationOf(again, "wieder")).isEqualTo("advmod");
        assertThat(announced.words()).noneMatch(w -> w.relation().equals("mark") && !w.form().equals("zu"));
    }

    private static String relationOf(Parse parse, String form) {
        return parse.words().stream().filter(w -> w.form().equals(form)).findFirst().orElseThrow().relation();
    }

    /** From UD German PUD (wiki, hand-read set 126 for #13): "im Hinblick auf …" is one phrase. */
    @Test
    void whatARegardIsToBelongsToIt() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Eine richtige Theologie muss daher im Hinblick "
            + "auf ihr zukünftiges Ziel gedacht werden.").sentences().findFirst().orElseThrow());
        int goal = java.util.stream.IntStream.range(0, parse.words().size())
            .filter(w -> parse.word(w).form().equals("Ziel")).findFirst().orElseThrow();

        assertThat(parse.word(parse.word(goal).head()).form()).isEqualTo("Hinblick");
        assertThat(parse.word(goal).relation()).isEqualTo("nmod");
    }

    /**
     * From UD German PUD (wiki, hand-read set 127 for #13): "hin" belongs to its phrase with "zu", and the "an" phrase
     * after "Beteiligungen" to that noun.
     */
    @Test
    void hinBelongsToItsZuAndAnToTheNounThatTakesIt() {
        Parse towards = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Die Kriegsführung zu Lande wandelte sich von "
            + "den starren Frontlinien des Ersten Weltkriegs hin zu erhöhter Mobilität.").sentences().findFirst()
            .orElseThrow());
        Parse share = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Die Freundschaft brach jedoch aufgrund "
            + "ungeklärter Beteiligungen am gemeinsamen geistigen Eigentum auseinander.").sentences().findFirst()
            .orElseThrow());

        assertThat(headOf(towards, "hin")).isEqualTo("Mobilität");
        assertThat(headOf(share, "Eigentum")).isEqualTo("Beteiligungen");
    }

    private static String headOf(Parse parse, String form) {
        return parse.words().stream().filter(w -> w.form().equals(form)).findFirst()
            .map(w -> parse.word(w.head()).form()).orElseThrow();
    }

    /**
     * From UD German GSD (dev split, hand-read set 130 for #13): "an" and "aus" close what "von" opens ("von sich aus",
     * "von sofort an"); the phrase after, left with no preposition, is the verb's object.
     */
    @Test
    void anAndAusCloseWhatVonOpens() {
        Parse itself = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Der begleitende Fahrer brach von sich aus "
            + "nach einigen Minuten ohne Begründung ab.").sentences().findFirst().orElseThrow());
        Parse now = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Die Telekom stellt von sofort an alle "
            + "ausländischen Ansagedienste wieder auf Handvermittlung um.").sentences().findFirst().orElseThrow());

        assertThat(headOf(itself, "aus")).isEqualTo("sich");
        assertThat(headOf(now, "an")).isEqualTo("sofort");
        assertThat(relationOf(now, "Ansagedienste")).isEqualTo("obj");
    }

    /** From UD German GSD (dev split, hand-read set 131 for #13): "nach wie vor" is the verb's adverb, no preposition. */
    @Test
    void nachWieVorIsAnAdverb() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Schwarze Zahlen schreibt nach wie vor die Sparte "
            + "Intensivmedizin und Diagnostik.").sentences().findFirst().orElseThrow());

        assertThat(headOf(parse, "nach")).isEqualTo("schreibt");
        assertThat(relationOf(parse, "nach")).isEqualTo("advmod");
        assertThat(headOf(parse, "vor")).isEqualTo("nach");
    }

    /**
     * From Klexikon ("Wiederkäuer", hand-read set 208 for #13): with "sind" tagged a full verb, the parser made the
     * predicate noun its object; "sein" takes none, and is the copula of that noun.
     */
    @Test
    void seinIsTheCopulaOfTheNounItSeemedToTake() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Wiederkäuer sind eine bestimmte Gruppe von "
            + "Säugetieren.").sentences().findFirst().orElseThrow());

        assertThat(relationOf(parse, "Gruppe")).isEqualTo("root");
        assertThat(relationOf(parse, "sind")).isEqualTo("cop");
        assertThat(headOf(parse, "sind")).isEqualTo("Gruppe");
        assertThat(headOf(parse, "Wiederkäuer")).isEqualTo("Gruppe");
        assertThat(relationOf(parse, "Wiederkäuer")).isEqualTo("nsubj");
    }

    /** From Klexikon ("Bernstein", hand-read set 209 for #13): the land a king rules belongs to his title. */
    @Test
    void theLandOfARulerBelongsToTheTitle() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Vor 300 Jahren hat der damalige König von "
            + "Preußen dem russischen Herrscher eine große Menge Bernstein geschenkt.").sentences().findFirst().orElseThrow());

        assertThat(headOf(parse, "Preußen")).isEqualTo("König");
        assertThat(relationOf(parse, "Preußen")).isEqualTo("nmod");
    }

    /** From Klexikon ("Heiliges Römisches Reich", hand-read set 216 for #13): what someone is crowned is the verb's. */
    @Test
    void whatSomeoneIsCrownedBelongsToTheVerb() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Im Jahr 800 wurde Karl der Große zum Kaiser "
            + "gekrönt.").sentences().findFirst().orElseThrow());

        assertThat(headOf(parse, "Kaiser")).isEqualTo("gekrönt");
        assertThat(relationOf(parse, "Kaiser")).isEqualTo("obl");
    }

    /** From Klexikon ("Albanien", hand-read set 217 for #13): "aber" with no comma before it is the verb's adverb. */
    @Test
    void aberInsideTheClauseIsTheVerbsAdverb() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Inzwischen hat Albanien aber seine "
            + "Wasserkraftwerke erneuert.").sentences().findFirst().orElseThrow());

        assertThat(relationOf(parse, "aber")).isEqualTo("advmod");
        assertThat(headOf(parse, "Wasserkraftwerke")).isEqualTo("erneuert");
        assertThat(relationOf(parse, "Wasserkraftwerke")).isEqualTo("obj");
    }

    /** From Klexikon ("Niederschlag", hand-read set 221 for #13): the adjective first is the predicate, not "nicht". */
    @Test
    void theAdjectiveIsThePredicateOfNicht() {
        Parse parse = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Riesig sind die Unterschiede allerdings nicht.")
            .sentences().findFirst().orElseThrow());

        assertThat(relationOf(parse, "Riesig")).isEqualTo("root");
        assertThat(headOf(parse, "sind")).isEqualTo("Riesig");
        assertThat(headOf(parse, "Unterschiede")).isEqualTo("Riesig");
        assertThat(relationOf(parse, "nicht")).isEqualTo("advmod");
    }

    /**
     * From Klexikon ("Radioaktivität" and "Helgoland", hand-read set 223 for #13): beside "man" the noun first is the
     * object ("Wozu nützt die Energie man?" was asked), and the article before a count is the noun's, no pronoun.
     */
    @Test
    void besideManTheOtherNounIsTheObjectAndAnArticleBeforeACountIsTheNouns() {
        Parse energy = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Die Energie, welche bei der Spaltung "
            + "entsteht, nützt man zur Erzeugung von elektrischem Strom.").sentences().findFirst().orElseThrow());
        Parse island = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Im Jahr 1945 mussten die 3.000 Einwohner "
            + "die Insel verlassen.").sentences().findFirst().orElseThrow());

        assertThat(relationOf(energy, "Energie")).isEqualTo("obj");
        assertThat(relationOf(energy, "man")).isEqualTo("nsubj");
        assertThat(headOf(island, "die")).isEqualTo("Einwohner");
        assertThat(relationOf(island, "Einwohner")).isEqualTo("nsubj");
    }

    /**
     * From Klexikon ("Rattenfänger von Hameln", "Malawi", hand-read sets 231 and 232 for #13): what one cares for
     * belongs to "kümmern", and a phrase with a preposition never to the noun after it.
     */
    @Test
    void whatOneCaresForIsTheVerbsAndAPhraseBeforeANounIsNotItsAttribute() {
        Parse unesco = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Die UNESCO kümmert sich für die Vereinten "
            + "Nationen um die Kultur der Welt.").sentences().findFirst().orElseThrow());
        Parse malawi = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Insgesamt leben in Malawi 13 verschiedene "
            + "Volksgruppen.").sentences().findFirst().orElseThrow());

        assertThat(headOf(unesco, "Kultur")).isEqualTo("kümmert");
        assertThat(headOf(malawi, "Malawi")).isEqualTo("leben");
        assertThat(relationOf(malawi, "Malawi")).isEqualTo("obl");
    }

    /**
     * From Klexikon ("Reformationstag", "Belgien", hand-read set 240 for #13): the month that says which Sunday belongs
     * to it, and "Ganz" first in the sentence, tagged a name, was read as the subject.
     */
    @Test
    void theMonthOfACountedSundayAndGanzFirst() {
        Parse sunday = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Bei der reformierten Kirche in der Schweiz "
            + "wird der erste Sonntag im November als Reformationssonntag gefeiert.").sentences().findFirst().orElseThrow());
        Parse east = GermanAnalysis.PARSER.parse(GermanAnalysis.analyze("Ganz im Osten des Landes gibt es zudem eine "
            + "deutschsprachige Gemeinschaft.").sentences().findFirst().orElseThrow());

        assertThat(headOf(sunday, "November")).isEqualTo("Sonntag");
        assertThat(relationOf(east, "Ganz")).isEqualTo("advmod");
    }
}
