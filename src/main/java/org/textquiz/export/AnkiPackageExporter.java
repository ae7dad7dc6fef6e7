package org.textquiz.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.Quiz;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Anki package ({@code .apkg}): a zip holding {@code collection.anki2}, a SQLite collection in Anki's schema 11
 * (as Anki's own rslib and genanki write it), and an empty {@code media} list. It brings its own Cloze note type,
 * "textquiz Lückentext", so it imports the same in an Anki of any language; one note per question, in a deck
 * named after the article, tagged with the kind of question.
 */
public final class AnkiPackageExporter implements QuizExporter {

    /** Fixed, so that importing a newer export of the same quiz updates its notes instead of adding copies. */
    static final long NOTE_TYPE_ID = 1_733_000_000_001L;
    static final String NOTE_TYPE = "textquiz Lückentext";
    private static final long CREATED = 1_733_000_000L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SCHEMA = """
        CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
          ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
          models text not null, decks text not null, dconf text not null, tags text not null);
        CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
          usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
          flags integer not null, data text not null);
        CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
          mod integer not null, usn integer not null, type integer not null, queue integer not null,
          due integer not null, ivl integer not null, factor integer not null, reps integer not null,
          lapses integer not null, left integer not null, odue integer not null, odid integer not null,
          flags integer not null, data text not null);
        CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
          ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
          type integer not null);
        CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
        CREATE INDEX ix_notes_usn on notes (usn);
        CREATE INDEX ix_cards_usn on cards (usn);
        CREATE INDEX ix_revlog_usn on revlog (usn);
        CREATE INDEX ix_cards_nid on cards (nid);
        CREATE INDEX ix_cards_sched on cards (did, queue, due);
        CREATE INDEX ix_revlog_cid on revlog (cid);
        CREATE INDEX ix_notes_csum on notes (csum);
        """;

    @Override
    public String format() {
        return "anki";
    }

    @Override
    public String extension() {
        return ".apkg";
    }

    @Override
    public byte[] bytes(Quiz quiz, Optional<String> articleText) {
        try {
            Path dir = Files.createTempDirectory("textquiz-apkg");
            Path collection = dir.resolve("collection.anki2");
            try {
                writeCollection(collection, quiz, articleText);
                ByteArrayOutputStream zip = new ByteArrayOutputStream();
                try (ZipOutputStream out = new ZipOutputStream(zip)) {
                    out.putNextEntry(new ZipEntry("collection.anki2"));
                    out.write(Files.readAllBytes(collection));
                    out.closeEntry();
                    out.putNextEntry(new ZipEntry("media"));
                    out.write("{}".getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
                return zip.toByteArray();
            } finally {
                Files.deleteIfExists(collection);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCollection(Path file, Quiz quiz, Optional<String> articleText) throws IOException {
        String deck = AnkiCards.deck(quiz, articleText);
        long deckId = 1_000_000_000L + Math.floorMod(deck.hashCode(), 1_000_000_000L);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = db.createStatement()) {
                for (String sql : SCHEMA.split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            try (PreparedStatement col = db.prepareStatement("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, "
                + "'{}')")) {
                col.setLong(1, CREATED);
                col.setLong(2, CREATED * 1000);
                col.setLong(3, CREATED * 1000);
                col.setString(4, conf(deckId));
                col.setString(5, models(deckId));
                col.setString(6, decks(deckId, deck));
                col.setString(7, dconf());
                col.executeUpdate();
            }
            long id = CREATED * 1000;
            int due = 0;
            for (Question question : quiz.questions()) {
                String text = AnkiCards.cloze(question);
                String fields = text + "\u001f" + AnkiCards.backExtra(question);
                long noteId = ++id;
                try (PreparedStatement note = db.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, "
                    + "0, '')")) {
                    note.setLong(1, noteId);
                    note.setString(2, guid(quiz, question));
                    note.setLong(3, NOTE_TYPE_ID);
                    note.setLong(4, CREATED);
                    note.setString(5, " " + AnkiCards.tags(question) + " ");
                    note.setString(6, fields);
                    note.setString(7, text);
                    note.setLong(8, checksum(text));
                    note.executeUpdate();
                }
                try (PreparedStatement card = db.prepareStatement("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, "
                    + "0, 0, 0, 0, 0, 0, 0, 0, '')")) {
                    card.setLong(1, ++id);
                    card.setLong(2, noteId);
                    card.setLong(3, deckId);
                    card.setLong(4, CREATED);
                    card.setInt(5, ++due);
                    card.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing an Anki collection to a temporary file failed: " + e.getMessage(), e);
        }
    }

    /** The same question of the same article is the same note in every export. */
    private static String guid(Quiz quiz, Question question) {
        return "textquiz-" + quiz.article().sha256().substring(0, Math.min(12, quiz.article().sha256().length())) + "-"
            + question.id();
    }

    /** Anki's checksum of the sort field: the first 8 hex digits of its SHA-1, as a number. */
    static long checksum(String field) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(field.replaceAll("<[^>]*>", "")
                .getBytes(StandardCharsets.UTF_8));
            return Long.parseLong(HexFormat.of().formatHex(sha1).substring(0, 8), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    private static String conf(long deckId) {
        ObjectNode conf = JSON.createObjectNode();
        conf.set("activeDecks", JSON.createArrayNode().add(deckId));
        conf.put("curDeck", deckId);
        conf.put("curModel", String.valueOf(NOTE_TYPE_ID));
        conf.put("nextPos", 1);
        conf.put("sortType", "noteFld");
        conf.put("sortBackwards", false);
        conf.put("addToCur", true);
        return conf.toString();
    }

    private static String models(long deckId) {
        ObjectNode model = JSON.createObjectNode();
        model.put("id", NOTE_TYPE_ID);
        model.put("name", NOTE_TYPE);
        model.put("type", 1);
        model.put("mod", CREATED);
        model.put("usn", -1);
        model.put("sortf", 0);
        model.put("did", deckId);
        ArrayNode fields = model.putArray("flds");
        fields.add(field("Text", 0));
        fields.add(field("Back Extra", 1));
        ArrayNode templates = model.putArray("tmpls");
        ObjectNode template = templates.addObject();
        template.put("name", "Lückentext");
        template.put("ord", 0);
        template.put("qfmt", "{{cloze:Text}}");
        template.put("afmt", "{{cloze:Text}}<br>\n{{Back Extra}}");
        template.put("bqfmt", "");
        template.put("bafmt", "");
        template.putNull("did");
        model.put("css", ".card { font-family: serif; font-size: 20px; text-align: left; color: black; "
            + "background-color: white; }\n.cloze { font-weight: bold; color: blue; }");
        model.put("latexPre", "\\documentclass[12pt]{article}\n\\begin{document}\n");
        model.put("latexPost", "\\end{document}");
        model.putArray("tags");
        model.putArray("vers");
        ObjectNode models = JSON.createObjectNode();
        models.set(String.valueOf(NOTE_TYPE_ID), model);
        return models.toString();
    }

    private static ObjectNode field(String name, int ord) {
        ObjectNode field = JSON.createObjectNode();
        field.put("name", name);
        field.put("ord", ord);
        field.put("sticky", false);
        field.put("rtl", false);
        field.put("font", "Arial");
        field.put("size", 20);
        field.putArray("media");
        return field;
    }

    private static String decks(long deckId, String name) {
        ObjectNode decks = JSON.createObjectNode();
        decks.set("1", deck(1, "Default"));
        decks.set(String.valueOf(deckId), deck(deckId, name));
        return decks.toString();
    }

    private static ObjectNode deck(long id, String name) {
        ObjectNode deck = JSON.createObjectNode();
        deck.put("id", id);
        deck.put("name", name);
        deck.put("desc", "");
        deck.put("conf", 1);
        deck.put("dyn", 0);
        deck.put("collapsed", false);
        deck.put("extendNew", 10);
        deck.put("extendRev", 50);
        deck.put("mod", CREATED);
        deck.put("usn", -1);
        for (String today : new String[] {"lrnToday", "newToday", "revToday", "timeToday"}) {
            deck.putArray(today).add(0).add(0);
        }
        return deck;
    }

    private static String dconf() {
        ObjectNode options = JSON.createObjectNode();
        options.put("id", 1);
        options.put("name", "Default");
        options.put("mod", 0);
        options.put("usn", 0);
        options.put("maxTaken", 60);
        options.put("autoplay", true);
        options.put("timer", 0);
        options.put("replayq", true);
        ObjectNode fresh = options.putObject("new");
        fresh.putArray("delays").add(1).add(10);
        fresh.putArray("ints").add(1).add(4).add(7);
        fresh.put("initialFactor", 2500);
        fresh.put("order", 1);
        fresh.put("perDay", 20);
        fresh.put("bury", true);
        fresh.put("separate", true);
        ObjectNode lapse = options.putObject("lapse");
        lapse.putArray("delays").add(10);
        lapse.put("mult", 0);
        lapse.put("minInt", 1);
        lapse.put("leechFails", 8);
        lapse.put("leechAction", 0);
        ObjectNode review = options.putObject("rev");
        review.put("perDay", 200);
        review.put("ease4", 1.3);
        review.put("fuzz", 0.05);
        review.put("minSpace", 1);
        review.put("ivlFct", 1);
        review.put("maxIvl", 36500);
        review.put("bury", true);
        ObjectNode dconf = JSON.createObjectNode();
        dconf.set("1", options);
        return dconf.toString();
    }
}
