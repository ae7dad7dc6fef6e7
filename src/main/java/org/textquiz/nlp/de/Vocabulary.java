package org.textquiz.nlp.de;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The parser's known words and their numbers, held in four arrays instead of 49,501 strings in a hash map: made in
 * less time and memory, and with nothing for the garbage collector to trace.
 */
final class Vocabulary {

    private final char[] chars;
    private final int[] starts;
    private final int[] hashes;
    private final int[] slots;

    private Vocabulary(char[] chars, int[] starts, int[] hashes) {
        this.chars = chars;
        this.starts = starts;
        this.hashes = hashes;
        this.slots = new int[Integer.highestOneBit(Math.max(1, size()) * 2) * 2];
        for (int id = 0; id < size(); id++) {
            int slot = firstSlot(hashes[id]);
            while (slots[slot] != 0 && !sameName(slots[slot] - 1, id)) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = id + 1;
        }
    }

    /** A name given twice has the later number, as in CoreNLP's maps. */
    private boolean sameName(int known, int id) {
        return hashes[known] == hashes[id] && Arrays.equals(chars, starts[known], starts[known + 1], chars, starts[id],
            starts[id + 1]);
    }

    /** Reads {@code count} names as {@link java.io.DataOutputStream#writeUTF} wrote them, numbered from 0. */
    static Vocabulary read(DataInputStream in, int count) throws IOException {
        char[] chars = new char[count * 12];
        int[] starts = new int[count + 1];
        int[] hashes = new int[count];
        int length = 0;
        byte[] bytes = new byte[Short.MAX_VALUE * 2 + 1];
        for (int id = 0; id < count; id++) {
            int size = in.readUnsignedShort();
            in.readFully(bytes, 0, size);
            if (chars.length < length + size) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + size));
            }
            int hash = 0;
            int i = 0;
            while (i < size) {
                int first = bytes[i] & 0xff;
                char c;
                if (first < 0x80) {
                    c = (char) first;
                    i++;
                } else if ((first & 0xe0) == 0xc0) {
                    c = (char) (((first & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
                    i += 2;
                } else {
                    c = (char) (((first & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f));
                    i += 3;
                }
                chars[length++] = c;
                hash = 31 * hash + c;
            }
            hashes[id] = hash;
            starts[id + 1] = length;
        }
        return new Vocabulary(Arrays.copyOf(chars, length), starts, hashes);
    }

    int size() {
        return hashes.length;
    }

    /** The number of {@code name}, or -1 for a name not known. */
    int id(String name) {
        int hash = name.hashCode();
        for (int slot = firstSlot(hash); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int id = slots[slot] - 1;
            if (hashes[id] == hash && is(id, name)) {
                return id;
            }
        }
        return -1;
    }

    String name(int id) {
        return new String(chars, starts[id], starts[id + 1] - starts[id]);
    }

    private boolean is(int id, String name) {
        int start = starts[id];
        if (starts[id + 1] - start != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (chars[start + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int firstSlot(int hash) {
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }
}
