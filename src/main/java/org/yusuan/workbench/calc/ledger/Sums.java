package org.yusuan.workbench.calc.ledger;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.yusuan.workbench.domain.money.Yuan;

/** Exact 元 sums by key. A sum that returns to zero is dropped, so every key present holds money. */
final class Sums<K> {

    private final Map<K, Yuan> sums = new HashMap<>();

    void add(K key, Yuan amount) {
        sums.merge(key, amount, (a, b) -> {
            Yuan sum = a.plus(b);
            return sum.isZero() ? null : sum;
        });
    }

    void subtract(K key, Yuan amount) {
        add(key, amount.negate());
    }

    Yuan get(K key) {
        return sums.getOrDefault(key, Yuan.ZERO);
    }

    /** Sum over the keys that pass {@code filter}. */
    Yuan sum(Predicate<K> filter) {
        Yuan total = Yuan.ZERO;
        for (Map.Entry<K, Yuan> e : sums.entrySet()) {
            if (filter.test(e.getKey())) {
                total = total.plus(e.getValue());
            }
        }
        return total;
    }

    Map<K, Yuan> view() {
        return Collections.unmodifiableMap(sums);
    }

    void clear() {
        sums.clear();
    }
}
