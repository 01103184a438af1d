package org.yusuan.workbench.exchange.sheet;

import org.yusuan.workbench.text.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A workbook kept as one UTF-8 CSV per sheet ({@code <sheet name>.csv}) in a folder or on the classpath. */
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
        return read(name + ".csv").map(text -> Sheet.fromRows(name, Csv.parse(text)));
    }

    private Optional<String> read(String fileName) {
        try {
            if (folder != null) {
                Path file = folder.resolve(fileName);
                return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
            }
            try (InputStream in = CsvWorkbook.class.getResourceAsStream(resourceFolder + "/" + fileName)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
