package org.textquiz.quizfile;

import java.util.ArrayList;
import java.util.List;

import org.textquiz.core.article.Span;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.Gapped;
import org.textquiz.core.question.HeadlineQuestion;
import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.QuoteQuestion;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.question.UnknownFocusException;
import org.textquiz.core.question.WhQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes the quiz JSON format documented in the README (schema 1). */
public final class QuizJson {

    /** Bounds that keep a hostile quiz file from exhausting memory or the stack. */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
        .maxNestingDepth(32)
        .maxStringLength(1_000_000)
        .maxNumberLength(40)
        .maxDocumentLength(10_000_000L)
        .build();

    /** Built on first use: the shell's prompt, which needs no JSON, comes about 0.1 s sooner. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS)
                .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    }

    public String write(Quiz quiz) {
        ObjectNode root = Mapper.INSTANCE.createObjectNode();
        root.put("schema", quiz.schema());
        ObjectNode article = root.putObject("article");
        article.put("title", quiz.article().title());
        article.put("source", quiz.article().source());
        article.put("sha256", quiz.article().sha256());
        if (!quiz.article().encoding().isEmpty()) {
            article.put("encoding", quiz.article().encoding());
        }
        root.put("language", quiz.language());
        root.put("seed", quiz.seed());
        if (!quiz.variant().isEmpty()) {
            root.put("variant", quiz.variant());
        }
        ArrayNode questions = root.putArray("questions");
        for (Question question : quiz.questions()) {
            questions.add(write(question));
        }
        return Mapper.INSTANCE.writeValueAsString(root) + "\n";
    }

    /** One question as a JSON object, as it stands in a quiz's {@code questions}. */
    public String writeQuestion(Question question) {
        return Mapper.INSTANCE.writeValueAsString(write(question));
    }

    public Question readQuestion(String json, String where) {
        try {
            return question(where, Mapper.INSTANCE.readTree(json));
        } catch (JacksonException e) {
            throw new InvalidQuizFileException(where, "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
    }

    private ObjectNode write(Question question) {
        ObjectNode node = Mapper.INSTANCE.createObjectNode();
        node.put("id", question.id());
        node.put("type", question.type().id());
        node.put("prompt", question.prompt());
        strings(node.putArray("answers"), question.answers());
        if (question instanceof MultipleChoice multiple) {
            strings(node.putArray("choices"), multiple.choices());
        }
        strings(node.putArray("hints"), question.hints());
        span(node.putObject("sentence"), question.sentence());
        if (!question.wordClass().isEmpty()) {
            node.put("wordClass", question.wordClass());
        }
        if (question instanceof Gapped gapped) {
            span(node.putObject("gap"), gapped.gap());
        }
        if (question.focus().isGrammar()) {
            node.put("focus", question.focus().id());
        }
        if (!question.note().isEmpty()) {
            node.put("note", question.note());
        }
        if (!question.explanation().isEmpty()) {
            node.put("explanation", question.explanation());
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void span(ObjectNode node, Span span) {
        node.put("start", span.start());
        node.put("end", span.end());
    }

    /** Parses a quiz; {@code file} names it in error messages. */
    public Quiz read(String json, String file) {
        JsonNode root;
        try {
            root = Mapper.INSTANCE.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidQuizFileException(file, "not valid JSON (" + firstLine(e.getOriginalMessage()) + " at line "
                + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
        Fields fields = new Fields(file, "");
        if (root == null || !root.isObject()) {
            throw new InvalidQuizFileException(file, "the top level must be a JSON object");
        }
        int schema = fields.integer(root, "schema");
        if (schema != Quiz.SCHEMA) {
            throw new InvalidQuizFileException(file, "unknown schema version " + schema + " (this textquiz reads "
                + Quiz.SCHEMA + ")");
        }
        JsonNode articleNode = fields.object(root, "article");
        ArticleRef article = new ArticleRef(fields.text(articleNode, "title"), fields.text(articleNode, "source"),
            fields.text(articleNode, "sha256"), articleNode.has("encoding") ? fields.text(articleNode, "encoding") : "");
        String language = fields.text(root, "language");
        long seed = fields.longValue(root, "seed");
        String variant = root.has("variant") ? fields.text(root, "variant") : "";
        List<Question> questions = new ArrayList<>();
        for (JsonNode node : fields.array(root, "questions")) {
            questions.add(question(file, node));
        }
        try {
            return new Quiz(schema, article, language, seed, variant, questions);
        } catch (IllegalArgumentException e) {
            throw new InvalidQuizFileException(file, e.getMessage());
        }
    }

    private Question question(String file, JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidQuizFileException(file, "every entry of 'questions' must be an object");
        }
        Fields top = new Fields(file, "");
        String id = top.text(node, "id");
        Fields fields = new Fields(file, "question " + id + ": ");
        QuestionType type;
        try {
            type = QuestionType.of(fields.text(node, "type"));
        } catch (RuntimeException e) {
            throw new InvalidQuizFileException(file, "question " + id + ": field 'type': " + e.getMessage());
        }
        String prompt = fields.text(node, "prompt");
        List<String> answers = fields.strings(node, "answers");
        List<String> hints = node.has("hints") ? fields.strings(node, "hints") : List.of();
        Span sentence = fields.span(node, "sentence");
        String wordClass = node.has("wordClass") ? fields.text(node, "wordClass") : "";
        String explanation = node.has("explanation") ? fields.text(node, "explanation") : "";
        String note = node.has("note") ? fields.text(node, "note") : "";
        Focus focus;
        try {
            focus = node.has("focus") ? Focus.of(fields.text(node, "focus")) : Focus.VOCABULARY;
        } catch (UnknownFocusException e) {
            throw new InvalidQuizFileException(file, "question " + id + ": field 'focus': " + e.getMessage());
        }
        try {
            return switch (type) {
                case CLOZE -> new ClozeQuestion(id, prompt, answers, hints, sentence, fields.span(node, "gap"),
                    wordClass, focus, note);
                case CHOICE -> new ChoiceQuestion(id, prompt, answers, fields.strings(node, "choices"), hints,
                    sentence, fields.span(node, "gap"), wordClass, focus, note);
                case WH -> new WhQuestion(id, prompt, answers, hints, sentence, explanation);
                case QUOTE -> new QuoteQuestion(id, prompt, answers, fields.strings(node, "choices"), hints, sentence,
                    explanation);
                case TRUEFALSE -> new TrueFalseQuestion(id, prompt, answers, hints, sentence, explanation);
                case HEADLINE -> new HeadlineQuestion(id, prompt, answers, fields.strings(node, "choices"), hints,
                    sentence);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidQuizFileException(file, e.getMessage());
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    /** Typed access to fields, with errors that name the file, question and field. */
    private record Fields(String file, String where) {

        JsonNode required(JsonNode parent, String name) {
            JsonNode value = parent.get(name);
            if (value == null || value.isNull()) {
                throw fail(name, "is missing");
            }
            return value;
        }

        String text(JsonNode parent, String name) {
            JsonNode value = required(parent, name);
            if (!value.isString()) {
                throw fail(name, "must be a string");
            }
            return value.asString();
        }

        int integer(JsonNode parent, String name) {
            JsonNode value = required(parent, name);
            if (!value.isInt()) {
                throw fail(name, "must be a whole number");
            }
            return value.asInt();
        }

        long longValue(JsonNode parent, String name) {
            JsonNode value = required(parent, name);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw fail(name, "must be a whole number");
            }
            return value.asLong();
        }

        JsonNode object(JsonNode parent, String name) {
            JsonNode value = required(parent, name);
            if (!value.isObject()) {
                throw fail(name, "must be an object");
            }
            return value;
        }

        JsonNode array(JsonNode parent, String name) {
            JsonNode value = required(parent, name);
            if (!value.isArray()) {
                throw fail(name, "must be an array");
            }
            return value;
        }

        List<String> strings(JsonNode parent, String name) {
            List<String> values = new ArrayList<>();
            for (JsonNode item : array(parent, name)) {
                if (!item.isString()) {
                    throw fail(name, "must contain only strings");
                }
                values.add(item.asString());
            }
            return values;
        }

        Span span(JsonNode parent, String name) {
            JsonNode value = object(parent, name);
            int start = integer(value, "start");
            int end = integer(value, "end");
            if (start < 0 || end < start) {
                throw fail(name, "must have 0 <= start <= end");
            }
            return new Span(start, end);
        }

        private InvalidQuizFileException fail(String field, String problem) {
            return new InvalidQuizFileException(file, where + "field '" + field + "' " + problem);
        }
    }
}
