package org.yusuan.workbench.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One file the fuzzer hands to an import. A CSV folder is carried as a zip of its sheets so the
 * entry-level mutations (drop, duplicate, rename a sheet) serve it as well as an xlsx.
 *
 * @param origin the seed it descends from and the mutations applied, for the findings report
 */
record FuzzInput(Kind kind, byte[] bytes, String origin) {

    enum Kind {
        XLSX(".xlsx"), CSV(".csv"), CSV_FOLDER("");

        final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    FuzzInput derive(byte[] mutated, String step) {
        // The trail is cut so that a long lineage in the corpus does not grow without bound.
        String trail = origin + " > " + step;
        return new FuzzInput(kind, mutated, trail.length() > 400 ? "…" + trail.substring(trail.length() - 400) : trail);
    }

    /** Writes the input where the import will read it: a file, or a folder of CSV sheets. */
    Path materialise(Path dir, String baseName) throws IOException {
        Path target = dir.resolve(baseName + kind.suffix);
        if (kind != Kind.CSV_FOLDER) {
            Files.write(target, bytes);
            return target;
        }
        Files.createDirectories(target);
        List<Zip.Entry> entries = Zip.read(bytes);
        if (entries != null) {
            for (Zip.Entry e : entries) {
                // Only plain names: the harness must not write outside its folder for a mutated name.
                if (e.name().matches("[^/\\\\:]{1,120}") && !e.name().startsWith(".")) {
                    Files.write(target.resolve(e.name()), e.data());
                }
            }
        }
        return target;
    }
}
