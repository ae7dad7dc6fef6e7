package org.textquiz.nlp.de;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's neural dependency parser for German (Chen and Manning's arc-standard network, 2014), run from the weights
 * file the build makes of CoreNLP's model ({@link ParserWeights}). It gives CoreNLP's parses bit for bit (the same
 * 48 features, the same sums in the same order, the same choice among transitions; {@code TransitionNetworkTest}
 * holds it to CoreNLP's own), but reads the weights in less time and memory, with nothing for the garbage collector to
 * trace: the embeddings stay the file's 16-bit counts in one array instead of 49,567 rows of floats, and the 49,501
 * words are a {@link Vocabulary} instead of a hash map; and it links none of CoreNLP, whose classes took a tenth of a
 * second to load. Its state is the weights and a table of hidden-layer products, which any number of
 * threads share: a parse keeps its own configuration.
 */
final class TransitionNetwork {

    /** The inputs: 18 words, their 18 tags and the relations of 12 of them, from the stack, buffer and children. */
    static final int INPUTS = 48;
    private static final int WORD_INPUTS = 18;
    private static final int TAG_OFFSET = 18;
    private static final int LABEL_OFFSET = 36;
    private static final int CHILD_OFFSET = 6;
    private static final int CHILD_INPUTS = 6;
    private static final String UNKNOWN = "-UNKNOWN-";
    private static final String NULL = "-NULL-";
    private static final String ROOT = "-ROOT-";
    private static final String ROOT_RELATION = "root";
    /** An input's products with the hidden layer, 1,000 floats each: 20 MB at most (CoreNLP's own size). */
    private static final int PRODUCTS_KEPT = 5_000;

    private final Vocabulary words;
    private final Map<String, Integer> tags;
    private final String[] labels;
    private final int embeddingSize;
    private final byte[] embeddings;
    private final float[][] hidden;
    private final float[] hiddenBias;
    private final float[][] output;
    private final int unknownWord;
    private final int nullWord;
    private final int rootWord;
    private final int unknownTag;
    private final int nullTag;
    private final int rootTag;
    private final int nullLabel;
    private final Map<Integer, float[]> products = new ConcurrentHashMap<>();

    private TransitionNetwork(Vocabulary words, List<String> tags, List<String> labels, int embeddingSize,
                              byte[] embeddings, float[][] hidden, float[] hiddenBias, float[][] output) {
        this.words = words;
        this.tags = new java.util.HashMap<>();
        for (int t = 0; t < tags.size(); t++) {
            this.tags.put(tags.get(t), words.size() + t);
        }
        this.labels = labels.toArray(String[]::new);
        this.embeddingSize = embeddingSize;
        this.embeddings = embeddings;
        this.hidden = hidden;
        this.hiddenBias = hiddenBias;
        this.output = output;
        this.unknownWord = words.id(UNKNOWN);
        this.nullWord = words.id(NULL);
        this.rootWord = words.id(ROOT);
        if (unknownWord < 0 || nullWord < 0 || rootWord < 0 || !this.tags.keySet().containsAll(List.of(UNKNOWN, NULL,
            ROOT)) || labels.indexOf(NULL) != 0 || output.length != 2 * labels.size() - 1) {
            throw new IllegalArgumentException("not the layout of a CoreNLP arc-standard model");
        }
        this.unknownTag = this.tags.get(UNKNOWN);
        this.nullTag = this.tags.get(NULL);
        this.rootTag = this.tags.get(ROOT);
        this.nullLabel = words.size() + tags.size();
    }

    /** Reads the compact weights that {@link ParserWeights#write} made. */
    static TransitionNetwork read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        ParserWeights.Header header = ParserWeights.Header.read(data);
        if (header.inputs() != INPUTS * header.embeddingSize()) {
            throw new IOException("a parser with " + header.inputs() / Math.max(1, header.embeddingSize()) + " inputs, not "
                + INPUTS);
        }
        Vocabulary words = Vocabulary.read(data, header.words());
        List<String> tags = ParserWeights.readNames(data, header.tags());
        List<String> labels = ParserWeights.readNames(data, header.labels());
        int size = data.readInt();
        byte[] embeddings = data.readNBytes(2 * (header.words() + header.tags() + header.labels())
            * header.embeddingSize());
        float[][] hidden = rows(data, header.hiddenSize(), header.inputs());
        float[] hiddenBias = rows(data, 1, header.hiddenSize())[0];
        float[][] output = rows(data, 2 * header.labels() - 1, header.hiddenSize());
        int units = header.hiddenSize();
        if (size != embeddings.length + 2 * (units * header.inputs() + units + output.length * units)) {
            throw new IOException("the weights are not as long as their header says");
        }
        return new TransitionNetwork(words, tags, labels, header.embeddingSize(), embeddings, hidden, hiddenBias,
            output);
    }

    /**
     * Parses a sentence of words and their tags.
     *
     * @return the head of each word (-1 for the root) and its relation
     */
    CoreNlpParse parse(List<String> forms, List<String> posTags) {
        int n = forms.size();
        int[] wordIds = new int[n + 1];
        int[] tagIds = new int[n + 1];
        wordIds[0] = rootWord;
        tagIds[0] = rootTag;
        for (int k = 1; k <= n; k++) {
            int word = words.id(forms.get(k - 1));
            wordIds[k] = word < 0 ? unknownWord : word;
            tagIds[k] = tags.getOrDefault(posTags.get(k - 1), unknownTag);
        }
        Configuration configuration = new Configuration(n);
        int[] features = new int[INPUTS];
        while (!configuration.done()) {
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted while parsing");
            }
            features(configuration, wordIds, tagIds, features);
            double[] scores = scores(features);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < scores.length; t++) {
                if (scores[t] > bestScore && configuration.allows(t, labels.length - 1)) {
                    bestScore = scores[t];
                    best = t;
                }
            }
            if (best < 0) {
                throw new IllegalStateException("no transition applies to a sentence of " + n + " words");
            }
            configuration.apply(best, labels.length - 1);
        }
        int[] heads = new int[n];
        String[] relations = new String[n];
        for (int w = 0; w < n; w++) {
            heads[w] = configuration.head[w + 1] - 1;
            relations[w] = heads[w] < 0 ? ROOT_RELATION : labels[configuration.label[w + 1]];
        }
        return new CoreNlpParse(heads, relations);
    }

    /** The same inputs in the same order as CoreNLP's {@code DependencyParser.getFeatureArray}. */
    private void features(Configuration c, int[] wordIds, int[] tagIds, int[] features) {
        for (int j = 2; j >= 0; j--) {
            int index = c.stack(j);
            features[2 - j] = word(index, wordIds);
            features[TAG_OFFSET + 2 - j] = tag(index, tagIds);
        }
        for (int j = 0; j <= 2; j++) {
            int index = c.buffer(j);
            features[3 + j] = word(index, wordIds);
            features[TAG_OFFSET + 3 + j] = tag(index, tagIds);
        }
        for (int j = 0; j <= 1; j++) {
            int k = c.stack(j);
            int[] children = {c.leftChild(k, 1), c.rightChild(k, 1), c.leftChild(k, 2), c.rightChild(k, 2),
                c.leftChild(c.leftChild(k, 1), 1), c.rightChild(c.rightChild(k, 1), 1)};
            for (int i = 0; i < CHILD_INPUTS; i++) {
                int slot = j * CHILD_INPUTS + i;
                features[CHILD_OFFSET + slot] = word(children[i], wordIds);
                features[TAG_OFFSET + CHILD_OFFSET + slot] = tag(children[i], tagIds);
                features[LABEL_OFFSET + slot] = label(c, children[i]);
            }
        }
    }

    private int word(int index, int[] wordIds) {
        return index < 0 || index >= wordIds.length ? nullWord : wordIds[index];
    }

    private int tag(int index, int[] tagIds) {
        return index < 0 || index >= tagIds.length ? nullTag : tagIds[index];
    }

    private int label(Configuration c, int index) {
        return index <= 0 || index > c.size ? nullLabel : nullLabel + c.label[index];
    }

    /**
     * The network's output for each transition, summed as CoreNLP sums it: each input's product with the hidden layer
     * rounded to floats, added up in doubles in input order, the bias, the cube, and the output layer in doubles.
     * Four sums are made side by side, each in CoreNLP's order: C1 does not reorder a loop, and a single sum waits
     * for each addition before the next (four side by side made a product 1.6 times as fast).
     */
    private double[] scores(int[] features) {
        double[] units = new double[hiddenBias.length];
        for (int j = 0; j < INPUTS; j++) {
            float[] product = product(features[j], j);
            for (int i = 0; i < units.length; i++) {
                units[i] += product[i];
            }
        }
        for (int i = 0; i < units.length; i++) {
            units[i] += hiddenBias[i];
            units[i] = units[i] * units[i] * units[i];
        }
        double[] scores = new double[output.length];
        int t = 0;
        for (; t + 3 < output.length; t += 4) {
            float[] a = output[t];
            float[] b = output[t + 1];
            float[] c = output[t + 2];
            float[] d = output[t + 3];
            double sa = 0;
            double sb = 0;
            double sc = 0;
            double sd = 0;
            for (int i = 0; i < units.length; i++) {
                double unit = units[i];
                sa += unit * a[i];
                sb += unit * b[i];
                sc += unit * c[i];
                sd += unit * d[i];
            }
            scores[t] = sa;
            scores[t + 1] = sb;
            scores[t + 2] = sc;
            scores[t + 3] = sd;
        }
        for (; t < output.length; t++) {
            float[] weights = output[t];
            double score = 0;
            for (int i = 0; i < units.length; i++) {
                score += units[i] * weights[i];
            }
            scores[t] = score;
        }
        return scores;
    }

    private float[] product(int id, int input) {
        Integer key = id * INPUTS + input;
        float[] product = products.get(key);
        if (product != null) {
            return product;
        }
        float[] embedding = embedding(id);
        int offset = input * embeddingSize;
        product = new float[hidden.length];
        int i = 0;
        for (; i + 3 < hidden.length; i += 4) {
            float[] a = hidden[i];
            float[] b = hidden[i + 1];
            float[] c = hidden[i + 2];
            float[] d = hidden[i + 3];
            double sa = 0;
            double sb = 0;
            double sc = 0;
            double sd = 0;
            for (int k = 0; k < embeddingSize; k++) {
                float value = embedding[k];
                int at = offset + k;
                sa += a[at] * value;
                sb += b[at] * value;
                sc += c[at] * value;
                sd += d[at] * value;
            }
            product[i] = (float) sa;
            product[i + 1] = (float) sb;
            product[i + 2] = (float) sc;
            product[i + 3] = (float) sd;
        }
        for (; i < hidden.length; i++) {
            float[] row = hidden[i];
            double partial = 0;
            for (int k = 0; k < embeddingSize; k++) {
                partial += row[offset + k] * embedding[k];
            }
            product[i] = (float) partial;
        }
        if (products.size() >= PRODUCTS_KEPT) {
            products.clear();
        }
        products.put(key, product);
        return product;
    }

    private float[] embedding(int id) {
        float[] embedding = new float[embeddingSize];
        int at = 2 * id * embeddingSize;
        for (int k = 0; k < embeddingSize; k++, at += 2) {
            embedding[k] = ParserWeights.weight((short) ((embeddings[at] << 8) | (embeddings[at + 1] & 0xff)));
        }
        return embedding;
    }

    private static float[][] rows(DataInputStream data, int count, int length) throws IOException {
        float[][] rows = new float[count][length];
        for (float[] row : rows) {
            for (int i = 0; i < length; i++) {
                row[i] = ParserWeights.weight(data.readShort());
            }
        }
        return rows;
    }


    /** The heads (-1 for the root) and relations of a sentence's words. */
    record CoreNlpParse(int[] heads, String[] relations) {
    }

    /**
     * An arc-standard parser's state: the stack, the next word of the buffer, and the arcs made. Words are numbered
     * from 1, 0 is the root, -1 is none; labels are numbers into the model's labels, whose first is "-NULL-" and
     * whose second is the root's.
     */
    private static final class Configuration {

        final int size;
        final int[] head;
        final int[] label;
        private final int[] stack;
        private int depth;
        private int next = 1;

        Configuration(int size) {
            this.size = size;
            this.head = new int[size + 1];
            this.label = new int[size + 1];
            java.util.Arrays.fill(head, -1);
            this.stack = new int[size + 1];
            this.depth = 1;
        }

        boolean done() {
            return depth == 1 && next > size;
        }

        int stack(int k) {
            return k < depth ? stack[depth - 1 - k] : -1;
        }

        int buffer(int k) {
            return next + k <= size ? next + k : -1;
        }

        int leftChild(int k, int count) {
            if (k < 0 || k > size) {
                return -1;
            }
            int found = 0;
            for (int i = 1; i < k; i++) {
                if (head[i] == k && ++found == count) {
                    return i;
                }
            }
            return -1;
        }

        int rightChild(int k, int count) {
            if (k < 0 || k > size) {
                return -1;
            }
            int found = 0;
            for (int i = size; i > k; i--) {
                if (head[i] == k && ++found == count) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Transitions are numbered as CoreNLP numbers them: a left arc for each relation, a right arc for each, then
         * the shift; {@code relations} leaves out "-NULL-", and the first of them is the root's.
         */
        boolean allows(int transition, int relations) {
            if (transition == 2 * relations) {
                return next <= size;
            }
            boolean left = transition < relations;
            int relation = left ? transition : transition - relations;
            int governor = left ? stack(0) : stack(1);
            if (governor < 0 || (governor == 0) != (relation == 0)) {
                return false;
            }
            return left ? depth > 2 : depth > 2 || (depth == 2 && next > size);
        }

        void apply(int transition, int relations) {
            if (transition == 2 * relations) {
                stack[depth++] = next++;
                return;
            }
            int below = stack(1);
            int top = stack(0);
            boolean left = transition < relations;
            int relation = 1 + (left ? transition : transition - relations);
            if (left) {
                head[below] = top;
                label[below] = relation;
                stack[depth - 2] = top;
            } else {
                head[top] = below;
                label[top] = relation;
            }
            depth--;
        }
    }
}
