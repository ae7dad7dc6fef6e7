package org.textquiz.core.article;

/** A half-open range {@code [start, end)} of char offsets into an article's text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String cut(String text) {
        return text.substring(start, end);
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }
}
