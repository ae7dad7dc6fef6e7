package org.textquiz.store;

/** What the store tells the learner of a driver's or a file system's error: its first line only. */
final class Messages {

    private Messages() {
    }

    static String firstLine(String message) {
        return message == null ? "unknown error" : message.strip().lines().findFirst().orElse(message);
    }
}
