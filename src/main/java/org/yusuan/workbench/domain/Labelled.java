package org.yusuan.workbench.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant with the Chinese label an accountant reads and types. */
public interface Labelled {

    String label();

    /** Further spellings accepted on input (e.g. 参公 for 参照公务员法管理事业单位). */
    default java.util.List<String> aliases() {
        return java.util.List.of();
    }

    /** Finds the constant whose label or alias equals {@code text} (surrounding blanks ignored). */
    static <E extends Enum<E> & Labelled> Optional<E> fromLabel(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.label().equals(wanted) || e.aliases().contains(wanted))
                .findFirst();
    }

    /** The labels of all constants, "、"-joined, for error messages. */
    static <E extends Enum<E> & Labelled> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label)
                .collect(Collectors.joining("、"));
    }
}
