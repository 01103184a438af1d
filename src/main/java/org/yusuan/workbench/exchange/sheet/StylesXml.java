package org.yusuan.workbench.exchange.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of an xlsx ({@code xl/styles.xml}) show a number as a date: such a cell is
 * read as the date Excel shows (2023-01-01), not as its day count.
 */
final class StylesXml extends DefaultHandler {

    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> cellFormats = new ArrayList<>();
    private boolean inCellXfs;

    /** Whether style index {@code s} (a cell's {@code s} attribute) is a date format. */
    boolean isDate(int s) {
        if (s < 0 || s >= cellFormats.size()) {
            return false;
        }
        int id = cellFormats.get(s);
        String format = formats.getOrDefault(id, id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX
                ? BuiltinFormats.getBuiltinFormat(id) : null);
        return format != null && DateUtil.isADateFormat(id, format);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
        switch (local) {
            case "numFmt" -> {
                Integer id = number(a.getValue("numFmtId"));
                if (id != null && a.getValue("formatCode") != null) {
                    formats.put(id, a.getValue("formatCode"));
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    Integer id = number(a.getValue("numFmtId"));
                    cellFormats.add(id == null ? 0 : id);
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (local.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    /** A small non-negative number, or null: a style part is no reason to refuse a workbook. */
    static Integer number(String text) {
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(text);
    }
}
