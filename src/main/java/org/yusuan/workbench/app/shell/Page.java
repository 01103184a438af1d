package org.yusuan.workbench.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A page of the work area: one of the screens, or one of the 13 disclosure tables. Pages are
 * values, not strings, so a page the window does not have is a compile error rather than a blank
 * work area; {@link #key()} is only for what outlives the program (the last page remembered per
 * budget file) and for reports.
 */
public sealed interface Page permits Page.Screen, Page.Table {

    /** The page's stable name: {@code "overview"}, {@code "personnelCalc"}, {@code "table7"}. */
    String key();

    /** Every screen, in the navigation's order. */
    enum Screen implements Page {
        OVERVIEW, UNITS, BASIC, PERSONNEL, PUBLIC, PERSONNEL_CALC, PUBLIC_CALC, PROJECTS, FORMS,
        NARRATIVE_INPUTS, NARRATIVE, WORDING, CHARTS, AUDIT;

        @Override
        public String key() {
            // OVERVIEW → overview, PERSONNEL_CALC → personnelCalc: the keys releases have stored
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder key = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return key.toString();
        }
    }

    /** Disclosure table {@code number}, 1 to 13. */
    record Table(int number) implements Page {

        public static final int COUNT = 13;

        public Table {
            if (number < 1 || number > COUNT) {
                throw new IllegalArgumentException("no disclosure table " + number);
            }
        }

        @Override
        public String key() {
            return "table" + number;
        }
    }

    /** Every page: the screens, then the tables. */
    static List<Page> all() {
        List<Page> pages = new ArrayList<>(List.of(Screen.values()));
        for (int n = 1; n <= Table.COUNT; n++) {
            pages.add(new Table(n));
        }
        return pages;
    }

    /** The page with {@code key}, or empty for a key no page has (e.g. from a newer release). */
    static Optional<Page> of(String key) {
        return all().stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
