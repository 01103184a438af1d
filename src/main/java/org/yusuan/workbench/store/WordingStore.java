package org.yusuan.workbench.store;

import static org.yusuan.workbench.store.jooq.Tables.WORDING_TEXT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.yusuan.workbench.domain.publication.Wording;

/**
 * The wording (文本与标题) kept in a budget file (V6): one row per text, in the template's order.
 * A file without rows answers {@link Wording#NONE}, the shipped template of its year.
 */
public final class WordingStore {

    private final DSLContext dsl;

    WordingStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Wording load() {
        return read(dsl);
    }

    /** Replaces the whole wording in one transaction, all or nothing. */
    public void replace(Wording wording) {
        dsl.transaction(configuration -> write(DSL.using(configuration), wording));
    }

    static Wording read(DSLContext dsl) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        dsl.selectFrom(WORDING_TEXT).orderBy(WORDING_TEXT.POSITION).fetch().forEach(r -> {
            texts.put(r.getTextKey(), r.getTextValue());
            origins.put(r.getTextKey(), r.getOrigin());
        });
        return new Wording(texts, origins);
    }

    static void write(DSLContext tx, Wording wording) {
        tx.deleteFrom(WORDING_TEXT).execute();
        int position = 0;
        for (var text : wording.texts().entrySet()) {
            tx.insertInto(WORDING_TEXT).set(WORDING_TEXT.TEXT_KEY, text.getKey())
                    .set(WORDING_TEXT.POSITION, position++).set(WORDING_TEXT.TEXT_VALUE, text.getValue())
                    .set(WORDING_TEXT.ORIGIN, wording.origins().get(text.getKey())).execute();
        }
    }
}
