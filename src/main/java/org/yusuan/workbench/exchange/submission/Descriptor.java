package org.yusuan.workbench.exchange.submission;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yusuan.workbench.exchange.ExchangeTexts;

/**
 * {@code datapackage.json}: a Frictionless tabular data package descriptor with the submission's own
 * fields (snake_case, documented in docs/data-formats.md) and a Table Schema for every CSV.
 *
 * @param catalogSha256 SHA-256 of {@code data/catalog.csv} followed by {@code data/economic_mapping.csv},
 *                      so the bureau can tell at a glance whether the unit used the official catalog
 */
public record Descriptor(int formatVersion, String programVersion, String created, UUID packageId, UUID replaces,
                         int budgetYear, String divisionCode, String departmentCode, String departmentName,
                         Stage stage, int catalogYear, String catalogSha256, long errors, long warnings,
                         long notices, List<String> paths) {

    /** The one format this program writes and reads; a package of another version is refused. */
    public static final int FORMAT_VERSION = 1;
    static final String PATH = "datapackage.json";

    public Descriptor {
        paths = List.copyOf(paths);
    }

    static byte[] json(Descriptor d, List<Resource> tables, boolean booklet) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("profile", "tabular-data-package");
        root.put("name", "yusuan-submission");
        root.put("format_version", (long) d.formatVersion());
        root.put("program_version", d.programVersion());
        root.put("created", d.created());
        root.put("package_id", d.packageId().toString());
        root.put("replaces", d.replaces() == null ? null : d.replaces().toString());
        root.put("budget_year", (long) d.budgetYear());
        root.put("division_code", d.divisionCode());
        root.put("dep_code", d.departmentCode());
        root.put("dep_name", d.departmentName());
        root.put("stage", d.stage().label());
        root.put("catalog_year", (long) d.catalogYear());
        root.put("catalog_sha256", d.catalogSha256());
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("errors", d.errors());
        audit.put("warnings", d.warnings());
        audit.put("notices", d.notices());
        root.put("audit", audit);
        List<Object> resources = new ArrayList<>();
        for (Resource r : tables) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("name", r.name());
            res.put("path", r.path());
            res.put("profile", "tabular-data-resource");
            res.put("format", "csv");
            res.put("mediatype", "text/csv");
            res.put("encoding", "utf-8");
            res.put("rows", (long) r.rows().size());
            List<Object> fields = new ArrayList<>();
            for (Resource.Field f : r.fields()) {
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("name", f.name());
                field.put("type", f.type());
                field.put("description", f.description());
                fields.add(field);
            }
            res.put("schema", Map.of("fields", fields));
            resources.add(res);
        }
        if (booklet) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("name", "booklet");
            res.put("path", PackageLayout.BOOKLET);
            res.put("mediatype", "application/pdf");
            resources.add(res);
        }
        root.put("resources", resources);
        return Json.write(root).getBytes(StandardCharsets.UTF_8);
    }

    /** Only the format version, read before anything else so that another version is named as such. */
    static String formatVersionOf(byte[] json) throws PackageRefusal {
        return String.valueOf(root(json).get("format_version"));
    }

    static Descriptor parse(byte[] json) throws PackageRefusal {
        Map<?, ?> root = root(json);
        try {
            Map<?, ?> audit = (Map<?, ?>) root.get("audit");
            List<String> paths = new ArrayList<>();
            for (Object r : (List<?>) root.get("resources")) {
                paths.add((String) ((Map<?, ?>) r).get("path"));
            }
            String replaces = (String) root.get("replaces");
            Stage stage = org.yusuan.workbench.domain.Labelled.fromLabel(Stage.class, (String) root.get("stage"))
                    .orElseThrow(() -> new IllegalArgumentException("stage"));
            return new Descriptor(number(root, "format_version"), (String) root.get("program_version"),
                    (String) root.get("created"), UUID.fromString((String) root.get("package_id")),
                    replaces == null ? null : UUID.fromString(replaces), number(root, "budget_year"),
                    (String) root.get("division_code"), (String) root.get("dep_code"), (String) root.get("dep_name"),
                    stage, number(root, "catalog_year"), (String) root.get("catalog_sha256"),
                    (Long) audit.get("errors"), (Long) audit.get("warnings"), (Long) audit.get("notices"), paths);
        } catch (RuntimeException e) {
            // A missing or mistyped field: the descriptor is not one this program wrote.
            throw new PackageRefusal("package.badDescriptor", ExchangeTexts.say("package.descriptor.fieldsWrong"));
        }
    }

    private static Map<?, ?> root(byte[] json) throws PackageRefusal {
        try {
            if (Json.parse(new String(json, StandardCharsets.UTF_8)) instanceof Map<?, ?> map) {
                return map;
            }
            throw new PackageRefusal("package.badDescriptor", ExchangeTexts.say("package.descriptor.notAnObject"));
        } catch (Json.Malformed e) {
            throw new PackageRefusal("package.badDescriptor", ExchangeTexts.say("package.descriptor.notJson"));
        }
    }

    private static int number(Map<?, ?> root, String key) {
        return Math.toIntExact((Long) root.get(key));
    }
}
