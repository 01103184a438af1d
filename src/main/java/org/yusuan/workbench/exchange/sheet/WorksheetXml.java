package org.yusuan.workbench.exchange.sheet;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet part read as it streams past: cells become text as Excel shows them, and what
 * cannot be taken at its word becomes a {@link SheetFault} naming the cell: an error value
 * (#N/A), a formula whose result was never saved, a number that is not one, merged cells over data
 * rows, a cell beyond {@link SheetLimits}. At the first row beyond the row limit the reading stops,
 * so a row numbered 99,999,999 or a million rows cost neither time nor memory.
 */
final class WorksheetXml extends DefaultHandler {

    private final List<String> sharedStrings;
    private final StylesXml styles;
    private final boolean date1904;
    /** Cells with a value in the whole workbook so far, shared by its sheets' readers. */
    private final int[] cellsInWorkbook;
    /** Row number → cells by column (null where there is none). */
    private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
    private final List<SheetFault> faults = new ArrayList<>();

    private int row;
    private int column;
    private String ref;
    private String type;
    private int style;
    private boolean formula;
    private String value;
    private boolean inValue;
    private boolean inInline;
    private int phonetic;
    private final StringBuilder text = new StringBuilder();

    WorksheetXml(List<String> sharedStrings, StylesXml styles, boolean date1904, int[] cellsInWorkbook) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.cellsInWorkbook = cellsInWorkbook;
    }

    /** The rows read, 1-based row i at index i - 1, for {@link Sheet#fromRows}. */
    List<List<String>> rows() {
        List<List<String>> dense = new ArrayList<>();
        for (var entry : rows.entrySet()) {
            while (dense.size() < entry.getKey() - 1) {
                dense.add(List.of());
            }
            dense.add(entry.getValue().stream().map(v -> v == null ? "" : v).toList());
        }
        return dense;
    }

    List<SheetFault> faults() {
        return faults;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) throws SafeXml.Stop {
        switch (local) {
            case "row" -> startRow(a.getValue("r"));
            case "c" -> startCell(a);
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                text.setLength(0);
            }
            case "is" -> {
                inInline = true;
                text.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "mergeCell" -> merged(a.getValue("ref"));
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SafeXml.Stop {
        switch (local) {
            case "v" -> {
                inValue = false;
                value = text.toString();
            }
            case "is" -> {
                inInline = false;
                value = SafeXml.unescape(text.toString());
            }
            case "rPh" -> phonetic--;
            case "c" -> endCell();
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || (inInline && phonetic == 0)) {
            text.append(ch, start, length);
        }
    }

    private void startRow(String r) throws SafeXml.Stop {
        int number = r == null ? row + 1 : CellRef.parseRow(r);
        if (number < 1) {
            fault(new SheetFault(0, -1, say("cell.badRow", r)));
            throw new SafeXml.Stop();
        }
        row = number;
        column = -1;
    }

    private void startCell(Attributes a) throws SafeXml.Stop {
        ref = a.getValue("r");
        type = a.getValue("t");
        Integer s = StylesXml.number(a.getValue("s"));
        style = s == null ? 0 : s;
        formula = false;
        value = null;
        if (ref == null) {
            column++;
            ref = CellRef.name(column, row);
            return;
        }
        int c = CellRef.columnOf(ref);
        int r = CellRef.rowOf(ref);
        if (c < 0 || r < 1 || !ref.equals(CellRef.name(c, r))) {
            fault(new SheetFault(0, -1, say("cell.badRef", ref)));
            ref = null;
            return;
        }
        column = c;
        row = r;
    }

    private void endCell() throws SafeXml.Stop {
        if (ref == null) {
            return;
        }
        String text = cellText();
        if (text == null || text.isEmpty()) {
            return;
        }
        if (row > SheetLimits.lastRow()) {
            fault(SheetLimits.beyondLastRow(row));
            throw new SafeXml.Stop();
        }
        if (column >= SheetLimits.MAX_COLUMNS) {
            fault(SheetLimits.beyondLastColumn(row, column));
            return;
        }
        List<String> cells = rows.computeIfAbsent(row, r -> new ArrayList<>());
        while (cells.size() <= column) {
            cells.add(null);
        }
        if (cells.get(column) != null) {
            fault(new SheetFault(row, column, say("cell.twice", ref)));
            return;
        }
        if (++cellsInWorkbook[0] > SheetLimits.MAX_CELLS) {
            fault(SheetLimits.beyondLastCell(row, column));
            throw new SafeXml.Stop();
        }
        cells.set(column, text);
    }

    /** The cell as text; null (after recording a fault) when it cannot be read as one. */
    private String cellText() throws SafeXml.Stop {
        if (formula && value == null && !"inlineStr".equals(type)) {
            return cellFault("cell.formulaWithoutValue");
        }
        if (value == null) {
            return null;
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                Integer index = StylesXml.number(value.strip());
                return index != null && index < sharedStrings.size() ? sharedStrings.get(index)
                        : cellFault("cell.badSharedString");
            }
            case "inlineStr", "str" -> {
                return SafeXml.unescape(value);
            }
            case "b" -> {
                return switch (value.strip()) {
                    case "1", "true" -> "TRUE";
                    case "0", "false" -> "FALSE";
                    default -> cellFault("cell.notBoolean");
                };
            }
            case "e" -> {
                fault(new SheetFault(row, column, say("cell.error", ref, value.strip())));
                return null;
            }
            case "d" -> {
                return value.strip();
            }
            case "n" -> {
                return number(value.strip());
            }
            default -> {
                return cellFault("cell.unknownType");
            }
        }
    }

    /** A number as Excel shows it at full precision (427950.53, not 427950.52999999997), or its date. */
    private String number(String v) throws SafeXml.Stop {
        if (v.isEmpty()) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!Double.isFinite(d) || v.endsWith("d") || v.endsWith("D") || v.endsWith("f") || v.endsWith("F")) {
            fault(new SheetFault(row, column, say("cell.notNumber", ref, v)));
            return null;
        }
        if (styles.isDate(style) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime date = DateUtil.getLocalDateTime(d, date1904);
            if (date != null) {
                return date.toLocalDate().toString();
            }
        }
        return NumberToTextConverter.toText(d);
    }

    private String cellFault(String key) throws SafeXml.Stop {
        fault(new SheetFault(row, column, say(key, ref, value)));
        return null;
    }

    /** Merged cells over data rows: only the first holds the value, the others would read blank. */
    private void merged(String range) throws SafeXml.Stop {
        String[] ends = range == null ? new String[0] : range.split(":", -1);
        if (ends.length != 2 || CellRef.columnOf(ends[0]) < 0 || CellRef.rowOf(ends[0]) < 1
                || CellRef.columnOf(ends[1]) < 0 || CellRef.rowOf(ends[1]) < 1) {
            fault(new SheetFault(0, -1, say("cell.badRange", range)));
            return;
        }
        int first = Math.min(CellRef.rowOf(ends[0]), CellRef.rowOf(ends[1]));
        int last = Math.max(CellRef.rowOf(ends[0]), CellRef.rowOf(ends[1]));
        if (last >= 2) {
            fault(new SheetFault(first, Math.min(CellRef.columnOf(ends[0]), CellRef.columnOf(ends[1])),
                    say("cell.merged", range)));
        }
    }

    private void fault(SheetFault fault) throws SafeXml.Stop {
        faults.add(fault);
        if (faults.size() >= SheetLimits.MAX_FAULTS_PER_SHEET) {
            throw new SafeXml.Stop();
        }
    }
}
