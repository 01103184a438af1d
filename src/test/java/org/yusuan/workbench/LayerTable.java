package org.yusuan.workbench;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layer table of docs/architecture.md (between {@code <!-- layers -->} and
 * {@code <!-- /layers -->}): one row per layer, {@code | `layer` | `package`, … | `layer`, … |},
 * turned into an ArchUnit layered architecture. The doc is the single statement of the layering;
 * this class only reads it.
 */
final class LayerTable {

    private record Layer(String name, List<String> packages, List<String> mayUse) {
    }

    private final Map<String, Layer> layers;

    private LayerTable(Map<String, Layer> layers) {
        this.layers = layers;
    }

    static LayerTable read(Path doc) throws IOException {
        String text = Files.readString(doc);
        int start = text.indexOf("<!-- layers -->");
        int end = text.indexOf("<!-- /layers -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException(doc + " has no <!-- layers --> table");
        }
        Map<String, Layer> layers = new LinkedHashMap<>();
        for (String line : text.substring(start, end).lines().toList()) {
            String[] cells = line.split("\\|");
            if (cells.length < 4 || !cells[1].strip().startsWith("`")) {
                continue; // header, rule, blank
            }
            String name = names(cells[1]).get(0);
            layers.put(name, new Layer(name, names(cells[2]), names(cells[3])));
        }
        if (layers.size() < 5) {
            throw new IllegalStateException("the layer table of " + doc + " has " + layers.size() + " rows");
        }
        return new LayerTable(layers);
    }

    LayeredArchitecture rule() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Layer layer : layers.values()) {
            rule = rule.layer(layer.name()).definedBy(layer.packages().stream()
                    .map(p -> "org.yusuan.workbench." + p + "..").toArray(String[]::new));
        }
        for (Layer layer : layers.values()) {
            for (String used : layer.mayUse()) {
                if (!layers.containsKey(used)) {
                    throw new IllegalStateException(layer.name() + " may use an unknown layer: " + used);
                }
            }
            rule = layer.mayUse().isEmpty()
                    ? rule.whereLayer(layer.name()).mayNotAccessAnyLayer()
                    : rule.whereLayer(layer.name()).mayOnlyAccessLayers(layer.mayUse().toArray(String[]::new));
        }
        return rule;
    }

    /** The back-quoted names of a cell: {@code `calc`, `calc.tables`} → [calc, calc.tables]. */
    private static List<String> names(String cell) {
        List<String> names = new ArrayList<>();
        for (String part : cell.split("`")) {
            String name = part.strip();
            if (!name.isEmpty() && !name.equals(",") && Arrays.stream(name.split("\\.")).allMatch(w -> w.matches("[a-z]+"))) {
                names.add(name);
            }
        }
        return names;
    }
}
