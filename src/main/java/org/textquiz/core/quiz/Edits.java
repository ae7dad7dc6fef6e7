package org.textquiz.core.quiz;

/** Edit distance checks for answers; an adjacent swap counts as one edit, as typists make it. */
final class Edits {

    private Edits() {
    }

    static boolean isOneEdit(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la == lb) {
            int first = firstDifference(a, b);
            if (a.substring(first + 1).equals(b.substring(first + 1))) {
                return true;
            }
            return first + 1 < la && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String shorter = la < lb ? a : b;
        String longer = la < lb ? b : a;
        int first = firstDifference(shorter, longer);
        return shorter.substring(first).equals(longer.substring(first + 1));
    }

    /** True when the only difference is an umlaut written without its dots, such as "a" for "ä". */
    static boolean dropsUmlautDots(String given, String answer) {
        if (given.length() != answer.length()) {
            return false;
        }
        int i = firstDifference(given, answer);
        if (i >= given.length()) {
            return false;
        }
        char g = given.charAt(i);
        char a = answer.charAt(i);
        return (a == 'ä' && g == 'a') || (a == 'ö' && g == 'o') || (a == 'ü' && g == 'u');
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
