package org.yusuan.workbench.exchange.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The descriptor's JSON: what it writes it reads back, and nothing outside the subset is read at all. */
class JsonTest {

    @Test
    void whatIsWrittenReadsBackWithItsKeyOrder() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("z", "引号\" 反斜杠\\ 换行\n 制表\t \u0001");
        value.put("a", List.of(1L, -2L, true, false));
        value.put("n", null);
        value.put("empty", Map.of());

        Object back = Json.parse(Json.write(value));

        assertThat(back).isEqualTo(value);
        assertThat(List.copyOf(((Map<?, ?>) back).keySet())).isEqualTo(List.of("z", "a", "n", "empty"));
    }

    @Test
    void anythingOutsideTheSubsetIsRefused() {
        for (String text : List.of("{\"a\": 1, \"a\": 2}", "{\"a\": 1.5}", "{\"a\": 1e3}", "{\"a\": 1,}", "[1,]",
                "{\"a\": 1} x", "{a: 1}", "{\"a\": \"\\x\"}", "{\"a\": \"open", "", "[" .repeat(40) + "]".repeat(40),
                "{\"a\": 99999999999999999999}")) {
            assertThatThrownBy(() -> Json.parse(text)).as(text).isInstanceOf(Json.Malformed.class);
        }
    }
}
