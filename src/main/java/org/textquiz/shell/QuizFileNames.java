package org.textquiz.shell;

import java.nio.file.Path;
import java.util.List;

/** Names of files made from a quiz file: its variants and its exports sit beside it and sort with it. */
final class QuizFileNames {

    private static final List<String> ENDINGS = List.of(".quiz.json", ".json");

    private QuizFileNames() {
    }

    /** class.quiz.json becomes class-A.quiz.json: the variants sort by their letter. */
    static Path withVariant(Path file, String variant) {
        String[] name = split(file);
        return file.resolveSibling(name[0] + "-" + variant + name[1]);
    }

    /** class.quiz.json becomes class.html for the html export. */
    static Path besideQuiz(Path quiz, String extension) {
        return quiz.resolveSibling(split(quiz)[0] + extension);
    }

    /** The file name without its quiz ending, and the ending (empty when it has none of them). */
    private static String[] split(Path file) {
        String name = file.getFileName().toString();
        for (String ending : ENDINGS) {
            if (name.endsWith(ending)) {
                return new String[] {name.substring(0, name.length() - ending.length()), ending};
            }
        }
        return new String[] {name, ""};
    }
}
