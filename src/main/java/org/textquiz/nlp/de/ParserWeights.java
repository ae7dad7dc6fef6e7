package org.textquiz.nlp.de;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The weights of CoreNLP's neural dependency parser. CoreNLP ships them as text, ten million decimals that take
 * 1.7 s of a core to read, longer than textquiz takes to its prompt (#17). Every weight in the German model has at
 * most four decimals and lies within ±1, so the build stores each as a 16-bit count of ten-thousandths, which
 * reads back to exactly the float that parsing the decimal gives: the same parser, read in a tenth of the time.
 *
 * @param words       the known words, then {@code tags} and {@code labels}: the rows of {@code embeddings}
 * @param embeddings  one row per word, tag and label
 * @param hidden      the hidden layer, one row per hidden unit over all input embeddings
 * @param hiddenBias  one per hidden unit
 * @param output      one row per transition over the hidden units
 */
public record ParserWeights(List<String> words, List<String> tags, List<String> labels, float[][] embeddings,
                            float[][] hidden, float[] hiddenBias, float[][] output) {

    /** Where the build puts the weights in the application. */
    public static final String RESOURCE = "org/textquiz/nlp/de/UD_German.weights";

    private static final byte[] MAGIC = "textquiz nndep weights 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final float SCALE = 10_000f;
    private static final int HEADER_LINES = 7;
    /** "-0.0000" in the text parses to negative zero, which the counts keep apart so that every bit is the same. */
    private static final short NEGATIVE_ZERO = Short.MIN_VALUE;
    private static final int NEGATIVE_ZERO_BITS = Float.floatToRawIntBits(-0f);

    public ParserWeights {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        labels = List.copyOf(labels);
        if (embeddings.length != words.size() + tags.size() + labels.size()) {
            throw new IllegalArgumentException(
                "%d embeddings for %d words, tags and labels".formatted(embeddings.length,
                    words.size() + tags.size() + labels.size()));
        }
        if (hidden.length != hiddenBias.length || output.length != 2 * labels.size() - 1) {
            throw new IllegalArgumentException("the layers do not fit together: %d hidden units, %d biases, %d outputs"
                .formatted(hidden.length, hiddenBias.length, output.length));
        }
    }

    public int embeddingSize() {
        return embeddings[0].length;
    }

    /** Reads CoreNLP's text model ({@code DependencyParser.writeModelFile}'s layout), gzipped or not. */
    public static ParserWeights readCoreNlpText(InputStream in) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int[] sizes = new int[HEADER_LINES];
        for (int k = 0; k < HEADER_LINES; k++) {
            String line = text.readLine();
            if (line == null || line.indexOf('=') < 0) {
                throw new IOException("not a CoreNLP parser model: header line " + (k + 1) + " is " + line);
            }
            sizes[k] = Integer.parseInt(line.substring(line.indexOf('=') + 1).strip());
        }
        int nWords = sizes[0];
        int nTags = sizes[1];
        int nLabels = sizes[2];
        int embeddingSize = sizes[3];
        int hiddenSize = sizes[4];
        int inputs = sizes[5] * embeddingSize;
        List<String> words = new ArrayList<>(nWords);
        List<String> tags = new ArrayList<>(nTags);
        List<String> labels = new ArrayList<>(nLabels);
        float[][] embeddings = new float[nWords + nTags + nLabels][];
        for (int row = 0; row < embeddings.length; row++) {
            String[] fields = text.readLine().split(" ");
            (row < nWords ? words : row < nWords + nTags ? tags : labels).add(fields[0]);
            embeddings[row] = new float[embeddingSize];
            for (int i = 0; i < embeddingSize; i++) {
                embeddings[row][i] = Float.parseFloat(fields[i + 1]);
            }
        }
        float[][] hidden = new float[hiddenSize][inputs];
        for (int j = 0; j < inputs; j++) {
            String[] fields = text.readLine().split(" ");
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i][j] = Float.parseFloat(fields[i]);
            }
        }
        float[] hiddenBias = new float[hiddenSize];
        String[] biases = text.readLine().split(" ");
        for (int i = 0; i < hiddenSize; i++) {
            hiddenBias[i] = Float.parseFloat(biases[i]);
        }
        float[][] output = new float[2 * nLabels - 1][hiddenSize];
        for (int j = 0; j < hiddenSize; j++) {
            String[] fields = text.readLine().split(" ");
            for (int i = 0; i < output.length; i++) {
                output[i][j] = Float.parseFloat(fields[i]);
            }
        }
        return new ParserWeights(words, tags, labels, embeddings, hidden, hiddenBias, output);
    }

    /** Writes the compact form; a weight it cannot hold exactly is refused, so the build fails instead. */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.write(MAGIC);
        data.writeInt(words.size());
        data.writeInt(tags.size());
        data.writeInt(labels.size());
        data.writeInt(embeddingSize());
        data.writeInt(hiddenBias.length);
        data.writeInt(hidden[0].length);
        for (List<String> names : List.of(words, tags, labels)) {
            for (String name : names) {
                data.writeUTF(name);
            }
        }
        ByteArrayOutputStream weights = new ByteArrayOutputStream();
        DataOutputStream shorts = new DataOutputStream(weights);
        for (float[][] matrix : List.of(embeddings, hidden, new float[][] {hiddenBias}, output)) {
            for (float[] row : matrix) {
                for (float weight : row) {
                    shorts.writeShort(exactly(weight));
                }
            }
        }
        data.writeInt(weights.size());
        weights.writeTo(data);
        data.flush();
    }

    private static short exactly(float weight) {
        if (Float.floatToRawIntBits(weight) == NEGATIVE_ZERO_BITS) {
            return NEGATIVE_ZERO;
        }
        long count = Math.round(weight * (double) SCALE);
        if (count <= NEGATIVE_ZERO || count > Short.MAX_VALUE || count / SCALE != weight) {
            throw new IllegalArgumentException("the weight " + weight + " has no exact 16-bit form");
        }
        return (short) count;
    }

    /** The sizes that open the compact form, after its magic line. */
    record Header(int words, int tags, int labels, int embeddingSize, int hiddenSize, int inputs) {

        static Header read(DataInputStream data) throws IOException {
            if (!java.util.Arrays.equals(MAGIC, data.readNBytes(MAGIC.length))) {
                throw new IOException("not a textquiz parser weights file");
            }
            return new Header(data.readInt(), data.readInt(), data.readInt(), data.readInt(), data.readInt(),
                data.readInt());
        }
    }

    /** One weight as the compact form stores it: a count of ten-thousandths, negative zero kept apart. */
    static float weight(short count) {
        return count == NEGATIVE_ZERO ? -0f : count / SCALE;
    }

    /** Reads the compact form that {@link #write} made. */
    public static ParserWeights read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        Header header = Header.read(data);
        List<String> words = readNames(data, header.words());
        List<String> tags = readNames(data, header.tags());
        List<String> labels = readNames(data, header.labels());
        byte[] bytes = new byte[data.readInt()];
        data.readFully(bytes);
        ShortBuffer weights = ByteBuffer.wrap(bytes).asShortBuffer();
        float[][] embeddings = rows(weights, header.words() + header.tags() + header.labels(), header.embeddingSize());
        float[][] hidden = rows(weights, header.hiddenSize(), header.inputs());
        float[] hiddenBias = rows(weights, 1, header.hiddenSize())[0];
        float[][] output = rows(weights, 2 * header.labels() - 1, header.hiddenSize());
        return new ParserWeights(words, tags, labels, embeddings, hidden, hiddenBias, output);
    }

    private static float[][] rows(ShortBuffer weights, int count, int length) {
        float[][] rows = new float[count][length];
        short[] row = new short[length];
        for (float[] target : rows) {
            weights.get(row);
            for (int i = 0; i < length; i++) {
                target[i] = weight(row[i]);
            }
        }
        return rows;
    }

    static List<String> readNames(DataInputStream data, int count) throws IOException {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(data.readUTF());
        }
        return names;
    }

    /**
     * The build's step: {@code ParserWeights <CoreNLP model, .gz> <weights file> [<input>…]}. The weights are made
     * again when any input is newer than them: the unpacked model keeps the date it has in CoreNLP's jar, so the
     * build names {@code pom.xml}, where CoreNLP's version is set, as an input too.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ParserWeights <CoreNLP text model (.gz)> <weights file to write> [<input>…]");
            System.exit(2);
        }
        Path model = Path.of(args[0]);
        Path target = Path.of(args[1]);
        List<Path> inputs = new ArrayList<>(List.of(model));
        for (int i = 2; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        if (upToDate(target, inputs)) {
            return;
        }
        ParserWeights weights;
        try (InputStream in = Files.newInputStream(model)) {
            weights = readCoreNlpText(args[0].endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in);
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            weights.write(out);
        }
    }

    static boolean upToDate(Path target, List<Path> inputs) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        for (Path input : inputs) {
            if (Files.getLastModifiedTime(input).compareTo(Files.getLastModifiedTime(target)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
