package org.yusuan.workbench.exchange.sheet;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.workbench.text.Csv;

/**
 * A workbook kept as one UTF-8 CSV per sheet ({@code <sheet name>.csv}) in a folder or on the
 * classpath, held to the same {@link SheetLimits} as an xlsx: a file too large, not UTF-8 or with
 * too many rows or columns is a sheet with faults, never a silently shortened one.
 */
public final class CsvWorkbook implements WorkbookSource {

    private final Path folder;
    private final String resourceFolder;

    private CsvWorkbook(Path folder, String resourceFolder) {
        this.folder = folder;
        this.resourceFolder = resourceFolder;
    }

    public static CsvWorkbook inFolder(Path folder) {
        return new CsvWorkbook(folder, null);
    }

    /** @param resourceFolder absolute classpath folder, e.g. {@code /org/yusuan/workbench/sample/shangdang-2023} */
    public static CsvWorkbook onClasspath(String resourceFolder) {
        return new CsvWorkbook(null, resourceFolder);
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        String fileName = name + ".csv";
        try {
            if (folder != null) {
                Path file = folder.resolve(fileName);
                return Files.isRegularFile(file) ? Optional.of(read(file, name)) : Optional.empty();
            }
            try (InputStream in = CsvWorkbook.class.getResourceAsStream(resourceFolder + "/" + fileName)) {
                return in == null ? Optional.empty() : Optional.of(sheet(name, fileName, in.readAllBytes()));
            }
        } catch (IOException e) {
            // The folder was readable a moment ago: a file that cannot be read now is this sheet's fault.
            return Optional.of(new Sheet(name, List.of(), List.of(),
                    List.of(new SheetFault(0, -1, say("csv.unreadable", fileName)))));
        }
    }

    /** One CSV file as the sheet {@code name}, within the limits. */
    public static Sheet read(Path file, String name) throws IOException {
        String fileName = file.getFileName().toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new Sheet(name, List.of(), List.of(), List.of(new SheetFault(0, -1, say("file.notRegular", fileName))));
        }
        if (Files.size(file) > SheetLimits.MAX_PART_BYTES) {
            return new Sheet(name, List.of(), List.of(), List.of(new SheetFault(0, -1,
                    say("csv.tooLarge", fileName, SheetLimits.megabytes(SheetLimits.MAX_PART_BYTES)))));
        }
        return sheet(name, fileName, Files.readAllBytes(file));
    }

    private static Sheet sheet(String name, String fileName, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Sheet(name, List.of(), List.of(),
                    List.of(new SheetFault(0, -1, say("csv.notUtf8", fileName, in.position() + 1))));
        }
        decoder.flush(out);
        List<List<String>> rows = Csv.parse(out.flip(), SheetLimits.lastRow());
        List<SheetFault> faults = new ArrayList<>();
        if (rows.size() > SheetLimits.lastRow()) {
            faults.add(SheetLimits.beyondLastRow(SheetLimits.lastRow() + 1));
            rows = rows.subList(0, SheetLimits.lastRow());
        }
        for (int r = 0; r < rows.size() && faults.size() < SheetLimits.MAX_FAULTS_PER_SHEET; r++) {
            List<String> cells = rows.get(r);
            for (int c = SheetLimits.MAX_COLUMNS; c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    faults.add(SheetLimits.beyondLastColumn(r + 1, c));
                    break;
                }
            }
        }
        return Sheet.fromRows(name, rows, faults);
    }
}
