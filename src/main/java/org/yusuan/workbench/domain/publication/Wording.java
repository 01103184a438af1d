package org.yusuan.workbench.domain.publication;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The wording of a budget file (文本与标题): the texts the tables, the 情况说明 and the booklet print
 * around the figures — titles, the name of the entity, comparison verbs, section texts, 名词解释 —
 * by key ({@code table.t01.title}, {@code narrative.s1.text}, {@code booklet.cover.title}), each
 * with where it came from. Only texts: what the figures are stays in the engine. {@link #NONE}
 * (a file of an older release) means the shipped template of the budget year.
 *
 * @param texts   key → text, in the template's order
 * @param origins key → where the text came from (内置模板 2023（部门预算）, 编辑, 导入 …)
 */
public record Wording(Map<String, String> texts, Map<String, String> origins) {

    /** No stored wording: the shipped template applies. */
    public static final Wording NONE = new Wording(Map.of(), Map.of());

    /** Where an edited text came from. */
    public static final String EDITED = "编辑";

    public Wording {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        Map<String, String> known = new LinkedHashMap<>();
        for (String key : texts.keySet()) {
            known.put(key, Objects.requireNonNullElse(origins.get(key), ""));
        }
        origins = Collections.unmodifiableMap(known);
    }

    /** Every text with the same origin. */
    public static Wording of(Map<String, String> texts, String origin) {
        Map<String, String> origins = new LinkedHashMap<>();
        texts.keySet().forEach(k -> origins.put(k, origin));
        return new Wording(texts, origins);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The text under {@code key}, when this wording has one. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** The texts under {@code prefix} with the prefix taken off ({@code table.} → {@code t01.title}). */
    public Map<String, String> under(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        texts.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                found.put(k.substring(prefix.length()), v);
            }
        });
        return found;
    }

    /** This wording with one text replaced, marked {@code origin}. */
    public Wording with(String key, String text, String origin) {
        Map<String, String> t = new LinkedHashMap<>(texts);
        Map<String, String> o = new LinkedHashMap<>(origins);
        t.put(key, text);
        o.put(key, origin);
        return new Wording(t, o);
    }
}
