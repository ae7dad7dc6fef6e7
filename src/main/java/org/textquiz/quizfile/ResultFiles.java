package org.textquiz.quizfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.textquiz.core.TextquizException;
import org.textquiz.core.classroom.HandedIn;
import org.textquiz.core.classroom.ResultSheet;
import org.textquiz.core.quiz.Verdict;
import org.textquiz.files.OutputFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Result files: one learner's answers to one saved quiz, handed in to the teacher (format {@code textquiz-results 1}). */
public final class ResultFiles {

    static final String FORMAT = "textquiz-results";
    static final int VERSION = 1;
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Built on first use, not with the shell's commands at start-up. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder(
                JsonFactory.builder().streamReadConstraints(QuizJson.LIMITS).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    }

    public String write(ResultSheet sheet) {
        ObjectNode root = Mapper.INSTANCE.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("learner", sheet.learner());
        ObjectNode quiz = root.putObject("quiz");
        quiz.put("id", sheet.quizId());
        quiz.put("sha256", sheet.quizSha256());
        ArrayNode answers = root.putArray("answers");
        for (ResultSheet.Item item : sheet.answers()) {
            ObjectNode one = answers.addObject();
            one.put("question", item.questionId());
            one.put("given", item.given());
            one.put("verdict", item.verdict().name().toLowerCase(Locale.ROOT));
            one.put("points", item.points());
            one.put("hints", item.hintsUsed());
            one.put("millis", item.millis());
        }
        return Mapper.INSTANCE.writeValueAsString(root) + "\n";
    }

    public boolean write(ResultSheet sheet, Path path, boolean force) {
        return OutputFiles.write(path, write(sheet), force);
    }

    /** Every {@code .json} file in the folder, each read or refused with one line naming the file. */
    public Collected readAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TextquizException("no such folder of result files: " + dir
                + "; give the folder the students' result files were copied into");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new TextquizException("cannot list " + dir + ": " + e.getMessage());
        }
        files.sort(null);
        List<HandedIn> read = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Path file : files) {
            try {
                read.add(new HandedIn(file.getFileName().toString(), read(file)));
            } catch (TextquizException e) {
                refusals.add("refused " + file.getFileName() + ": " + e.getMessage());
            }
        }
        return new Collected(read, refusals);
    }

    public record Collected(List<HandedIn> sheets, List<String> refusals) {
    }

    public ResultSheet read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TextquizException("larger than a result file can be; it is not one");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TextquizException("cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }

    ResultSheet parse(String text) {
        JsonNode root;
        try {
            root = Mapper.INSTANCE.readTree(text);
        } catch (JacksonException e) {
            throw new TextquizException("damaged: not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
            throw new TextquizException("not a textquiz result file (no \"format\": \"" + FORMAT + "\")");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new TextquizException("result file version " + root.path("version") + "; this textquiz reads "
                + VERSION);
        }
        try {
            List<ResultSheet.Item> items = new ArrayList<>();
            for (JsonNode one : array(root.path("answers"))) {
                items.add(new ResultSheet.Item(text(one, "question"), text(one, "given"),
                    verdict(text(one, "verdict")), integer(one, "points"), integer(one, "hints"),
                    one.path("millis").asLong(-1)));
            }
            return new ResultSheet(text(root, "learner"), text(root.path("quiz"), "id"),
                text(root.path("quiz"), "sha256"), items);
        } catch (IllegalArgumentException e) {
            throw new TextquizException("damaged: " + e.getMessage());
        }
    }

    private static Iterable<JsonNode> array(JsonNode node) {
        if (!node.isArray()) {
            throw new TextquizException("damaged: no \"answers\" list");
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString()) {
            throw new TextquizException("damaged: \"" + field + "\" is missing or not text");
        }
        return value.asString();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isInt()) {
            throw new TextquizException("damaged: \"" + field + "\" is missing or not a whole number");
        }
        return value.asInt();
    }

    private static Verdict.Kind verdict(String name) {
        try {
            return Verdict.Kind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TextquizException("damaged: unknown verdict \"" + name + "\"");
        }
    }
}
