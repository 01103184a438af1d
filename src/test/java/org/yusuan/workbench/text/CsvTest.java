package org.yusuan.workbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsMayHoldCommas() {
        assertThat(Csv.parse("a,\"b,c\",d\n")).containsExactly(List.of("a", "b,c", "d"));
    }

    @Test
    void doubledQuotesAreOneQuote() {
        assertThat(Csv.parse("\"他说\"\"好\"\"\",x\n")).containsExactly(List.of("他说\"好\"", "x"));
        assertThat(Csv.parse("\"\"\"\"\n")).containsExactly(List.of("\""));
    }

    @Test
    void quotedFieldsMayHoldLineBreaks() {
        assertThat(Csv.parse("部门职责,\"1. 第一条\n2. 第二条\"\n其他说明,无。\n"))
                .containsExactly(List.of("部门职责", "1. 第一条\n2. 第二条"), List.of("其他说明", "无。"));
        assertThat(Csv.parse("\"a\r\nb\",c")).containsExactly(List.of("a\r\nb", "c"));
    }

    @Test
    void crlfEndsARow() {
        assertThat(Csv.parse("a,b\r\nc,d\r\n")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void leadingBomIsIgnored() {
        List<List<String>> rows = Csv.parse("\uFEFF单位编码,单位名称\n012001,本级\n");

        assertThat(rows).containsExactly(List.of("单位编码", "单位名称"), List.of("012001", "本级"));
        assertThat(rows.get(0).get(0)).hasSize(4);
    }

    @Test
    void trailingNewlineAddsNoRow() {
        assertThat(Csv.parse("a,b\n")).containsExactly(List.of("a", "b"));
        assertThat(Csv.parse("a,b")).containsExactly(List.of("a", "b"));
        assertThat(Csv.parse("")).isEmpty();
    }

    @Test
    void emptyFieldsAreKept() {
        assertThat(Csv.parse("a,,c\n,,\nx,\n"))
                .containsExactly(List.of("a", "", "c"), List.of("", "", ""), List.of("x", ""));
        assertThat(Csv.parse("\"\",b\n")).containsExactly(List.of("", "b"));
    }

    @Test
    void lineQuotesOnlyWhereNeeded() {
        assertThat(Csv.line(List.of("012001", "本级", "8037500.00"))).isEqualTo("012001,本级,8037500.00");
        assertThat(Csv.line(List.of("a,b", "say \"hi\"", "x\ny"))).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"");
        assertThat(Csv.line(Arrays.asList("a", null, "c"))).isEqualTo("a,,c");
    }

    @Test
    void lineRoundTripsThroughParse() {
        List<String> fields = List.of("plain", "with,comma", "with \"quotes\"", "two\nlines", "crlf\r\nline",
                "", "  spaced  ", "\"", "尾,\"\n");

        assertThat(Csv.parse(Csv.line(fields))).containsExactly(fields);
        assertThat(Csv.parse(Csv.line(fields) + "\r\n" + Csv.line(fields) + "\n"))
                .containsExactly(fields, fields);
    }
}
