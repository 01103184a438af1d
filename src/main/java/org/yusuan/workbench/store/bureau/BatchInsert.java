package org.yusuan.workbench.store.bureau;

import java.util.ArrayList;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Rows for one table, inserted as one JDBC batch of one statement rendered once. Inserting records one by
 * one (or through {@code batchInsert}) renders the SQL for every row, which was most of a received
 * package's time in the store (docs/performance.md).
 */
final class BatchInsert {

    private final Table<?> table;
    private final Field<?>[] fields;
    private final List<Object[]> rows = new ArrayList<>();

    BatchInsert(Table<?> table, Field<?>... fields) {
        this.table = table;
        this.fields = fields;
    }

    /** One row, its values in the order of the fields. */
    BatchInsert row(Object... values) {
        if (values.length != fields.length) {
            throw new IllegalArgumentException(values.length + " values for " + fields.length + " columns");
        }
        rows.add(values);
        return this;
    }

    void execute(DSLContext dsl) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(table, fields).values(new Object[fields.length]));
        for (Object[] row : rows) {
            batch = batch.bind(row);
        }
        batch.execute();
    }
}
