package org.textquiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Options that hold for every command, given before it: {@code ./textquiz --data-dir DIR play}, and
 * {@code --migrate}, with which an administrator brings a shared database's schema up to date.
 * They become the Spring properties of the same meaning, and the rest is the command.
 */
final class GlobalOptions {

    private GlobalOptions() {
    }

    static String[] apply(String[] args) {
        List<String> rest = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("--data-dir") && i + 1 < args.length) {
                System.setProperty("textquiz.data-dir", args[i + 1]);
                i += 2;
            } else if (arg.startsWith("--data-dir=")) {
                System.setProperty("textquiz.data-dir", arg.substring("--data-dir=".length()));
                i++;
            } else if (arg.equals("--migrate")) {
                System.setProperty("textquiz.migrate", "true");
                i++;
            } else if (arg.equals("--learner") && i + 1 < args.length && rest.isEmpty()) {
                System.setProperty("textquiz.learner", args[i + 1]);
                i += 2;
            } else {
                break;
            }
        }
        while (i < args.length) {
            rest.add(args[i++]);
        }
        return rest.toArray(String[]::new);
    }

    /** Whether the command makes a quiz from an article, and so needs the dependency parser before long. */
    static boolean parsesAtOnce(String[] command) {
        if (command.length == 0 || !List.of("generate", "play").contains(command[0])) {
            return false;
        }
        return java.util.Arrays.stream(command).noneMatch(arg -> arg.equals("--quiz") || arg.startsWith("--quiz=")
            || arg.equals("--help") || arg.equals("-h"));
    }
}
