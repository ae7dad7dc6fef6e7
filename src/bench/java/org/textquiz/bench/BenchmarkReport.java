package org.textquiz.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * The benchmark of issue #6 in one run, printed as one table: (a) plain OpenNLP, (b) textquiz's analysis on
 * one thread, (c) on all cores, (d) generate warm, all with JMH; (e) whole processes started cold: java -version,
 * an empty Spring Shell 4 application, textquiz to its prompt and to its first question, 100,000 tokens to a
 * saved quiz, textquiz started by its launcher as a learner starts it; (f) the peak resident memory of the shell
 * once the bundled article is loaded; (g) 1, 5 and 14 MB texts to a 10-question quiz, time and peak memory.
 * Run (the jar built first): ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=org.textquiz.bench.BenchmarkReport
 * -Dbench=5 (runs of each cold measurement; "-Dbench='3 cold'" leaves out the JMH part).
 */
public final class BenchmarkReport {

    private static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String PROMPT = "textquiz>";
    /** The long texts of issue #17, built by repeating the 100k-token corpus text. */
    private static final int[] LARGE_MB = {1, 5, 14};

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.stream(String.join(" ", args).split("\\s+")).toList();
        int runs = options.stream().filter(o -> o.matches("\\d+")).mapToInt(Integer::parseInt).findFirst().orElse(5);
        Path work = Files.createTempDirectory("textquiz-bench");
        Map<String, Statistics> jmh = options.contains("cold") ? Map.of() : measureWithJmh();
        Map<String, long[]> cold = new LinkedHashMap<>();
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        String peerClasspath = Arrays.stream(classpath.split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("target" + File.separator + "classes"))
            .collect(Collectors.joining(File.pathSeparator));
        Path corpus = work.resolve("corpus100k.txt");
        String corpusText = AnalysisBenchmark.corpus();
        Files.writeString(corpus, corpusText);
        Map<Integer, Path> large = new LinkedHashMap<>();
        for (int megabytes : LARGE_MB) {
            Path file = work.resolve("corpus-" + megabytes + "mb.txt");
            StringBuilder text = new StringBuilder();
            while (text.length() < megabytes * 1_048_576L) {
                text.append(corpusText);
            }
            Files.writeString(file, text);
            large.put(megabytes, file);
        }
        Map<String, long[]> largeRss = new LinkedHashMap<>();
        List<String> textquiz = List.of("./textquiz", "--data-dir", work.resolve("data").toString());
        List<String> empty = command(List.of(java), JVM_FLAGS, List.of("-Dspring.main.banner-mode=off",
            "-Dlogging.threshold.console=OFF", "-cp", peerClasspath, EmptyShellApplication.class.getName()));
        long[] rss = new long[runs];
        for (int run = 0; run < runs; run++) {
            keep(cold, "java -version", ProcessTimer.untilExit(List.of(java, "-version")).millis(), run, runs);
            keep(cold, "empty Spring Shell 4 app: prompt",
                ProcessTimer.until(empty, true, null, ">", null, null).millis(), run, runs);
            ProcessTimer.Run shell = ProcessTimer.until(textquiz, true, null, PROMPT, "play --seed 1 --count 1\r",
                "[1/1]");
            keep(cold, "textquiz: prompt", shell.millis(), run, runs);
            rss[run] = shell.peakRssKb();
            keep(cold, "textquiz: first question (piped)", ProcessTimer.until(command(textquiz,
                List.of("play", "--seed", "1", "--count", "1")), false, ":quit\n", "[1/1]", null, null).millis(), run,
                runs);
            keep(cold, "textquiz: 100k tokens to a saved quiz", ProcessTimer.until(command(textquiz,
                List.of("generate", "--article", corpus.toString(), "--seed", "1", "--force", "--out",
                    work.resolve("corpus.quiz.json").toString())), false, null, " questions (", null, null).millis(), run,
                runs);
            for (Map.Entry<Integer, Path> text : large.entrySet()) {
                String name = "textquiz: " + text.getKey() + " MB to a 10-question quiz";
                ProcessTimer.Run generate = ProcessTimer.untilExitWithPeak(command(textquiz, List.of("generate",
                    "--article", text.getValue().toString(), "--count", "10", "--seed", String.valueOf(run + 1),
                    "--force", "--out", work.resolve("large.quiz.json").toString())));
                keep(cold, name, generate.millis(), run, runs);
                keep(largeRss, name, generate.peakRssKb(), run, runs);
            }
        }
        print(jmh, cold, rss, largeRss, runs);
    }

    private static Map<String, Statistics> measureWithJmh() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
            .include(AnalysisBenchmark.class.getName())
            .include(GenerateBenchmark.class.getName())
            .build()).run();
        Map<String, Statistics> byName = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String text = result.getParams().getParam("textName");
            byName.put(method + (text == null ? "" : "/" + text), result.getPrimaryResult().getStatistics());
        }
        return byName;
    }

    private static void keep(Map<String, long[]> cold, String name, long millis, int run, int runs) {
        cold.computeIfAbsent(name, n -> new long[runs])[run] = millis;
    }

    @SafeVarargs
    private static List<String> command(List<String>... parts) {
        List<String> all = new ArrayList<>();
        Arrays.stream(parts).forEach(all::addAll);
        return all;
    }

    private static void print(Map<String, Statistics> jmh, Map<String, long[]> cold, long[] rss,
                              Map<String, long[]> largeRss, int runs) {
        String machine = String.format(Locale.ROOT, "%s %s, %d cores, Java %s", System.getProperty("os.name"),
            System.getProperty("os.version"), Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"));
        System.out.println();
        System.out.println("textquiz benchmark · " + ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + " · " + machine);
        System.out.println("JMH: median of 2 forks × 5 iterations [min–max], ms per text; cold: median of " + runs
            + " runs [min–max]");
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-44s | %-22s | %-22s |%n", "analysis (JMH)", "bundled article", "100k tokens");
        System.out.println("| --- | --- | --- |");
        row(jmh, "(a) plain OpenNLP, 1 thread, LemmatizerME", "a_plainOpenNlp");
        row(jmh, "(b) textquiz, 1 thread", "b_textquizOneThread");
        row(jmh, "(c) textquiz, all cores", "c_textquizAllCores");
        System.out.printf(Locale.ROOT, "| %-44s | %-22s | %-22s |%n", "(b)/(a) speed-up",
            ratio(jmh, "a_plainOpenNlp/bundled", "b_textquizOneThread/bundled"),
            ratio(jmh, "a_plainOpenNlp/corpus100k", "b_textquizOneThread/corpus100k"));
        System.out.printf(Locale.ROOT, "| %-44s | %-22s | %-22s |%n", "(c)/(b) speed-up",
            ratio(jmh, "b_textquizOneThread/bundled", "c_textquizAllCores/bundled"),
            ratio(jmh, "b_textquizOneThread/corpus100k", "c_textquizAllCores/corpus100k"));
        Statistics generate = jmh.get("d_generateBundled");
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-44s | %-22s |%n", "whole operations", "time");
        System.out.println("| --- | --- |");
        System.out.printf(Locale.ROOT, "| %-44s | %-22s |%n", "(d) generate, bundled article, warm (JMH)",
            stats(generate));
        long emptyMedian = median(cold.get("empty Spring Shell 4 app: prompt"));
        for (Map.Entry<String, long[]> entry : cold.entrySet()) {
            long[] times = entry.getValue().clone();
            Arrays.sort(times);
            String relative = entry.getKey().startsWith("textquiz: prompt") || entry.getKey().startsWith("textquiz: first")
                ? String.format(Locale.ROOT, " = %.2f× empty", (double) median(times) / emptyMedian) : "";
            System.out.printf(Locale.ROOT, "| %-44s | %-22s |%n", "(e) cold: " + entry.getKey(),
                String.format(Locale.ROOT, "%d ms [%d–%d]%s", median(times), times[0], times[times.length - 1],
                    relative));
        }
        System.out.printf(Locale.ROOT, "| %-44s | %-22s |%n", "(f) peak RSS, shell with the bundled article",
            megabytes(rss));
        for (Map.Entry<String, long[]> entry : largeRss.entrySet()) {
            System.out.printf(Locale.ROOT, "| %-44s | %-22s |%n", "(g) peak RSS, " + entry.getKey().substring(
                "textquiz: ".length()), megabytes(entry.getValue()));
        }
    }

    private static String megabytes(long[] kilobytes) {
        long[] kb = kilobytes.clone();
        Arrays.sort(kb);
        return String.format(Locale.ROOT, "%d MB [%d–%d]", kb[kb.length / 2] / 1024, kb[0] / 1024,
            kb[kb.length - 1] / 1024);
    }

    private static void row(Map<String, Statistics> jmh, String label, String method) {
        System.out.printf(Locale.ROOT, "| %-44s | %-22s | %-22s |%n", label, stats(jmh.get(method + "/bundled")),
            stats(jmh.get(method + "/corpus100k")));
    }

    private static String stats(Statistics s) {
        return s == null ? "-" : String.format(Locale.ROOT, "%.1f [%.1f–%.1f]", s.getPercentile(50), s.getMin(),
            s.getMax());
    }

    private static String ratio(Map<String, Statistics> jmh, String slower, String faster) {
        Statistics a = jmh.get(slower);
        Statistics b = jmh.get(faster);
        return a == null || b == null ? "-" : String.format(Locale.ROOT, "%.1f×", a.getPercentile(50)
            / b.getPercentile(50));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
