package org.textquiz.shell;

import java.io.PrintWriter;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/** One-line messages that arise outside a command (the progress store moved a file aside), shown at the next chance. */
public class Notices implements Consumer<String> {

    private final Queue<String> pending = new ConcurrentLinkedQueue<>();

    @Override
    public void accept(String notice) {
        pending.add(notice);
    }

    void printTo(PrintWriter out) {
        String notice;
        boolean any = false;
        while ((notice = pending.poll()) != null) {
            out.println("Note: " + Neutralise.text(notice));
            any = true;
        }
        if (any) {
            out.flush();
        }
    }
}
