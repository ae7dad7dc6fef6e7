package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.textquiz.CorpusSweep;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.syntax.DependencyParser;
import org.textquiz.core.syntax.Parse;
import org.textquiz.core.syntax.Word;

/**
 * The parser's accuracy on the gold UD German GSD sample, with textquiz's exact pipeline: the sentence's text
 * through OpenNLP's sentence splitter, tokenizer and tagger, the contractions split, then the parser. A gold word
 * that the pipeline tokenizes differently counts as wrong. Labels are compared without subtypes (as in the
 * CoNLL 2018 shared task's LAS).
 */
@CorpusSweep
class ParserAccuracyTest {

    private static final Path TREEBANK = GermanAnalysis.CORPUS.resolveSibling("de_gsd-ud-dev.conllu");
    private static final List<String> REPORTED = List.of("nsubj", "obj", "iobj", "obl", "advmod", "advcl", "ccomp");

    private record Gold(int start, int end, int part, int head, String relation) {
    }

    private record Ours(int start, int end, int part, int head, String relation) {
    }

    @Test
    void labelledAndUnlabelledAttachmentOnTheGoldSample() throws IOException {
        DependencyParser parser = GermanAnalysis.PARSER;
        int words = 0;
        int unlabelled = 0;
        int labelled = 0;
        Map<String, int[]> byRelation = new TreeMap<>();
        String text = null;
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TREEBANK)) {
            if (line.startsWith("# text = ")) {
                text = line.substring("# text = ".length());
            } else if (line.isBlank()) {
                if (text != null && !rows.isEmpty()) {
                    List<Gold> gold = gold(text, rows);
                    List<Ours> ours = ours(text, parser);
                    Map<String, Integer> index = new HashMap<>();
                    for (int i = 0; i < ours.size(); i++) {
                        index.put(key(ours.get(i).start(), ours.get(i).end(), ours.get(i).part()), i);
                    }
                    for (Gold g : gold) {
                        words++;
                        String relation = base(g.relation());
                        int[] counts = byRelation.computeIfAbsent(relation, r -> new int[2]);
                        counts[0]++;
                        Integer mine = index.get(key(g.start(), g.end(), g.part()));
                        if (mine == null) {
                            continue;
                        }
                        Ours o = ours.get(mine);
                        boolean sameHead = g.head() < 0 ? o.head() < 0 : o.head() >= 0
                            && sameWord(gold.get(g.head()), ours.get(o.head()));
                        if (sameHead) {
                            unlabelled++;
                            if (base(o.relation()).equals(relation)) {
                                labelled++;
                                counts[1]++;
                            }
                        }
                    }
                }
                text = null;
                rows.clear();
            } else if (!line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        double las = 100.0 * labelled / words;
        double uas = 100.0 * unlabelled / words;
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
            "parser on %s: %d words, LAS %.1f, UAS %.1f", TREEBANK.getFileName(), words, las, uas));
        for (String relation : REPORTED) {
            int[] c = byRelation.getOrDefault(relation, new int[2]);
            report.append(String.format(Locale.ROOT, ", %s %.1f (%d)", relation, c[0] == 0 ? 0 : 100.0 * c[1] / c[0], c[0]));
        }
        System.out.println(report);
        assertThat(words).isGreaterThan(10_000);
        assertThat(las).as(report.toString()).isGreaterThan(70);
        assertThat(uas).as(report.toString()).isGreaterThan(76);
    }

    private static boolean sameWord(Gold gold, Ours ours) {
        return gold.start() == ours.start() && gold.end() == ours.end() && gold.part() == ours.part();
    }

    private static String key(int start, int end, int part) {
        return start + ":" + end + ":" + part;
    }

    private static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The gold syntactic words with the character span of their surface token and their part in it. */
    private static List<Gold> gold(String text, List<String[]> rows) {
        List<Gold> words = new ArrayList<>();
        Map<Integer, Integer> byId = new HashMap<>();
        int cursor = 0;
        int rangeEnd = -1;
        int rangeStart = 0;
        int spanStart = 0;
        int spanEnd = 0;
        List<String[]> syntactic = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (String[] row : rows) {
            String id = row[0];
            if (id.contains(".")) {
                continue;
            }
            if (id.contains("-")) {
                String[] range = id.split("-");
                rangeStart = Integer.parseInt(range[0]);
                rangeEnd = Integer.parseInt(range[1]);
                int at = text.indexOf(row[1], cursor);
                spanStart = at < 0 ? cursor : at;
                spanEnd = spanStart + row[1].length();
                cursor = spanEnd;
                continue;
            }
            int n = Integer.parseInt(id);
            if (n <= rangeEnd) {
                spans.add(new int[] {spanStart, spanEnd, n - rangeStart});
            } else {
                int at = text.indexOf(row[1], cursor);
                int start = at < 0 ? cursor : at;
                spans.add(new int[] {start, start + row[1].length(), 0});
                cursor = start + row[1].length();
            }
            byId.put(n, syntactic.size());
            syntactic.add(row);
        }
        for (int i = 0; i < syntactic.size(); i++) {
            String[] row = syntactic.get(i);
            int head = Integer.parseInt(row[6]);
            words.add(new Gold(spans.get(i)[0], spans.get(i)[1], spans.get(i)[2], head == 0 ? -1 : byId.get(head),
                row[7]));
        }
        return words;
    }

    /** textquiz's words for the text, through its own pipeline, with the span of their token. */
    private static List<Ours> ours(String text, DependencyParser parser) {
        Article article = GermanAnalysis.analyze(text);
        List<Ours> words = new ArrayList<>();
        for (Sentence sentence : article.sentences().toList()) {
            Parse parse = parser.parse(sentence);
            int offset = words.size();
            for (int i = 0; i < parse.words().size(); i++) {
                Word word = parse.word(i);
                var span = sentence.tokens().get(word.token()).span();
                int part = i > 0 && parse.word(i - 1).token() == word.token() ? 1 : 0;
                words.add(new Ours(span.start(), span.end(), part, word.head() < 0 ? -1 : offset + word.head(),
                    word.relation()));
            }
        }
        return words;
    }
}
