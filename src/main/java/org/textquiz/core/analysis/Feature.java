package org.textquiz.core.analysis;

/**
 * Grammatical features of a word form, named after the Universal Dependencies features
 * (Case, Number, Gender, Person, Tense, Mood, VerbForm, NameType), so the core does not read any
 * dictionary's own tag format.
 */
public enum Feature {
    NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE,
    SINGULAR, PLURAL,
    MASCULINE, FEMININE, NEUTER,
    FIRST_PERSON, SECOND_PERSON, THIRD_PERSON,
    PRESENT, PAST, SUBJUNCTIVE_1, SUBJUNCTIVE_2, IMPERATIVE,
    FINITE, INFINITIVE, PARTICIPLE, ZU_INFINITIVE,
    AUXILIARY, MODAL,
    /** A finite form spelt as one word although the verb is separable, as in a subordinate clause ("zusammentrifft"). */
    SEPARABLE_JOINED,
    DEFINITE, INDEFINITE, POSSESSIVE, DEMONSTRATIVE,
    /** Adjective inflection after a definite article (weak), an indefinite one (mixed) or none (strong). */
    WEAK, MIXED, STRONG,
    GIVEN_NAME, SURNAME, COUNTRY, CITY, REGION,
    /** A name used without an article ("in Deutschland", not "in der Ukraine"). */
    WITHOUT_ARTICLE,
    /** A separable verb particle ("zusammen" in "traf … zusammen"). */
    VERB_PARTICLE
}
