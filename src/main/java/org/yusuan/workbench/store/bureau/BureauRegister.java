package org.yusuan.workbench.store.bureau;

import static org.yusuan.workbench.store.bureau.jooq.Tables.DEPT_FINDING;
import static org.yusuan.workbench.store.bureau.jooq.Tables.DEPT_PROJECT;
import static org.yusuan.workbench.store.bureau.jooq.Tables.DEPT_UNIT;
import static org.yusuan.workbench.store.bureau.jooq.Tables.RECEIVED_FILE;
import static org.yusuan.workbench.store.bureau.jooq.Tables.SUBMISSION;
import static org.yusuan.workbench.store.bureau.jooq.Tables.TRUSTED_SIGNER;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.budget.Department;
import org.yusuan.workbench.domain.bureau.ReceivedFinding;
import org.yusuan.workbench.domain.bureau.RegisterEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.performance.IndicatorFramework;
import org.yusuan.workbench.store.bureau.jooq.tables.records.ReceivedFileRecord;

/**
 * The store's register and the departments' current data: who may sign for whom, which files came
 * in, and which file each department's figures for (year, stage) come from. Every change is one
 * transaction: a replaced package leaves the store only together with the arrival of its successor.
 */
public final class BureauRegister {

    static final String CURRENT = "CURRENT";
    static final String REPLACED = "REPLACED";

    /** A department's figures as the store holds them, with the chart its tables are derived in. */
    public record StoredDepartment(RegisterEntry entry, Budget budget, ChartOfAccounts chart) {
    }

    /** A register entry's columns: everything but the file's bytes, which only {@link #content} reads. */
    private static final List<org.jooq.Field<?>> ENTRY = java.util.Arrays.stream(RECEIVED_FILE.fields())
            .filter(f -> !f.equals(RECEIVED_FILE.CONTENT)).toList();

    private final DSLContext dsl;

    public BureauRegister(BureauDatabase db) {
        this.dsl = db.dsl();
    }

    /**
     * The key a chart of accounts is kept under: a SHA-256 of its entries. Costs a sort of a few thousand
     * entries, so a caller receiving many files computes it beside the store, not inside its transaction.
     */
    public static String chartKey(ChartOfAccounts chart) {
        return ChartRows.sha256(chart);
    }

    public void trust(String depCode, String fingerprint, Instant now) {
        trustAll(Map.of(depCode, fingerprint), now);
    }

    /** Registers each department's signer, replacing an earlier registration; all in one transaction. */
    public void trustAll(Map<String, String> fingerprintByDepartment, Instant now) {
        if (fingerprintByDepartment.isEmpty()) {
            return;
        }
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(TRUSTED_SIGNER).where(TRUSTED_SIGNER.DEP_CODE.in(fingerprintByDepartment.keySet())).execute();
            var insert = t.insertInto(TRUSTED_SIGNER, TRUSTED_SIGNER.DEP_CODE, TRUSTED_SIGNER.FINGERPRINT,
                    TRUSTED_SIGNER.REGISTERED_AT);
            fingerprintByDepartment.forEach((dep, fp) -> insert.values(dep, fp, now.atOffset(ZoneOffset.UTC)));
            insert.execute();
        });
    }

    public Optional<String> trustedSigner(String depCode) {
        return dsl.select(TRUSTED_SIGNER.FINGERPRINT).from(TRUSTED_SIGNER).where(TRUSTED_SIGNER.DEP_CODE.eq(depCode))
                .fetchOptional(TRUSTED_SIGNER.FINGERPRINT);
    }

    /** Department code → registered fingerprint, by code. */
    public Map<String, String> trustedSigners() {
        Map<String, String> all = new TreeMap<>();
        dsl.selectFrom(TRUSTED_SIGNER).forEach(r -> all.put(r.getDepCode(), r.getFingerprint()));
        return all;
    }

    public Optional<RegisterEntry> fileWithHash(String sha256) {
        return dsl.select(ENTRY).from(RECEIVED_FILE).where(RECEIVED_FILE.FILE_SHA256.eq(sha256)).fetchOptional()
                .map(r -> entry(r.into(RECEIVED_FILE)));
    }

    public Optional<RegisterEntry> fileWithPackageId(UUID packageId) {
        return dsl.select(ENTRY).from(RECEIVED_FILE).where(RECEIVED_FILE.PACKAGE_ID.eq(packageId.toString()))
                .fetchOptional().map(r -> entry(r.into(RECEIVED_FILE)));
    }

    public Optional<RegisterEntry> current(int year, String stage, String depCode) {
        return dsl.select(ENTRY).from(RECEIVED_FILE).join(SUBMISSION)
                .on(SUBMISSION.FILE_ID.eq(RECEIVED_FILE.FILE_ID))
                .where(SUBMISSION.BUDGET_YEAR.eq(year), SUBMISSION.STAGE_CODE.eq(stage), SUBMISSION.DEP_CODE.eq(depCode))
                .fetchOptional().map(r -> entry(r.into(RECEIVED_FILE)));
    }

    /** The current submissions of (year, stage), by department code. */
    public List<RegisterEntry> submissions(int year, String stage) {
        return dsl.select(ENTRY).from(RECEIVED_FILE).join(SUBMISSION)
                .on(SUBMISSION.FILE_ID.eq(RECEIVED_FILE.FILE_ID))
                .where(SUBMISSION.BUDGET_YEAR.eq(year), SUBMISSION.STAGE_CODE.eq(stage))
                .orderBy(SUBMISSION.DEP_CODE)
                .fetch(r -> entry(r.into(RECEIVED_FILE)));
    }

    /** Every accepted file, oldest first. */
    public List<RegisterEntry> register() {
        return dsl.select(ENTRY).from(RECEIVED_FILE).orderBy(RECEIVED_FILE.FILE_ID)
                .fetch(r -> entry(r.into(RECEIVED_FILE)));
    }

    /** The file as it was received, byte for byte. */
    public Optional<byte[]> content(long fileId) {
        return dsl.select(RECEIVED_FILE.CONTENT).from(RECEIVED_FILE).where(RECEIVED_FILE.FILE_ID.eq(fileId))
                .fetchOptional(RECEIVED_FILE.CONTENT);
    }

    /** (year, stage) pairs the store holds submissions for, newest year first. */
    public List<Map.Entry<Integer, String>> rounds() {
        return dsl.selectDistinct(SUBMISSION.BUDGET_YEAR, SUBMISSION.STAGE_CODE).from(SUBMISSION)
                .orderBy(SUBMISSION.BUDGET_YEAR.desc(), SUBMISSION.STAGE_CODE)
                .fetch(r -> Map.entry(r.value1(), r.value2()));
    }

    /**
     * Unit and project codes of {@code codes} that another department's current submission for (year,
     * stage) holds: code → that department. Consolidation keys units and projects by code.
     */
    public Map<String, String> codesHeldByOthers(int year, String stage, String depCode, Collection<String> unitCodes,
                                                 Collection<String> projectCodes) {
        Map<String, String> held = new LinkedHashMap<>();
        var others = SUBMISSION.BUDGET_YEAR.eq(year).and(SUBMISSION.STAGE_CODE.eq(stage))
                .and(SUBMISSION.DEP_CODE.ne(depCode));
        dsl.select(DEPT_UNIT.AGENCY_CODE, SUBMISSION.DEP_CODE).from(DEPT_UNIT).join(SUBMISSION)
                .on(SUBMISSION.FILE_ID.eq(DEPT_UNIT.FILE_ID)).where(others, DEPT_UNIT.AGENCY_CODE.in(unitCodes))
                .forEach(r -> held.put(r.value1(), r.value2()));
        dsl.select(DEPT_PROJECT.PRO_CODE, SUBMISSION.DEP_CODE).from(DEPT_PROJECT).join(SUBMISSION)
                .on(SUBMISSION.FILE_ID.eq(DEPT_PROJECT.FILE_ID)).where(others, DEPT_PROJECT.PRO_CODE.in(projectCodes))
                .forEach(r -> held.put(r.value1(), r.value2()));
        return held;
    }

    /**
     * Registers the file and makes it the department's current submission for its (year, stage), in one
     * transaction: the file, its rows and findings arrive and the replaced file's rows leave together.
     *
     * @return the new file's id
     */
    public long accept(Received received) {
        Budget budget = received.budget();
        Department d = budget.department();
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            ReceivedFileRecord file = t.newRecord(RECEIVED_FILE);
            file.setFileSha256(received.sha256());
            file.setFileName(received.fileName());
            file.setFileSize((long) received.content().length);
            file.setContent(received.content());
            file.setPackageId(received.packageId().toString());
            file.setReplacesId(received.replaces() == null ? null : received.replaces().toString());
            file.setDepCode(d.code());
            file.setDepName(d.name());
            file.setBudgetYear(d.budgetYear());
            file.setStageCode(received.stage());
            file.setDivisionCode(received.divisionCode());
            file.setSigner(received.signer());
            file.setCreatedAt(received.created());
            file.setReceivedAt(received.receivedAt().atOffset(ZoneOffset.UTC));
            file.setStatus(CURRENT);
            file.setErrors(received.count("ERROR"));
            file.setWarnings(received.count("WARNING"));
            file.setNotices(received.count("NOTICE"));
            file.setDifferingCells(received.differingCells());
            file.store();
            long fileId = file.getFileId();

            var previous = t.select(SUBMISSION.FILE_ID).from(SUBMISSION)
                    .where(SUBMISSION.BUDGET_YEAR.eq(d.budgetYear()), SUBMISSION.STAGE_CODE.eq(received.stage()),
                            SUBMISSION.DEP_CODE.eq(d.code()))
                    .fetchOptional(SUBMISSION.FILE_ID);
            if (previous.isPresent()) {
                long old = previous.get();
                DepartmentRows.delete(t, old);
                t.deleteFrom(DEPT_FINDING).where(DEPT_FINDING.FILE_ID.eq(old)).execute();
                t.update(RECEIVED_FILE).set(RECEIVED_FILE.STATUS, REPLACED).where(RECEIVED_FILE.FILE_ID.eq(old))
                        .execute();
                t.deleteFrom(SUBMISSION).where(SUBMISSION.FILE_ID.eq(old)).execute();
            }
            String chart = received.chartKey();
            ChartRows.ensure(t, chart, received.chart());
            t.insertInto(SUBMISSION).set(SUBMISSION.BUDGET_YEAR, d.budgetYear())
                    .set(SUBMISSION.STAGE_CODE, received.stage()).set(SUBMISSION.DEP_CODE, d.code())
                    .set(SUBMISSION.FILE_ID, fileId).set(SUBMISSION.CHART_SHA256, chart)
                    .set(SUBMISSION.INDICATOR_FRAMEWORK, d.framework().name()).execute();
            DepartmentRows.insert(t, fileId, budget);
            insertFindings(t, fileId, received.findings());
            return fileId;
        });
    }

    private static void insertFindings(DSLContext t, long fileId, List<ReceivedFinding> findings) {
        var rows = new BatchInsert(DEPT_FINDING, DEPT_FINDING.FILE_ID, DEPT_FINDING.SEQ, DEPT_FINDING.SEVERITY,
                DEPT_FINDING.RULE_ID, DEPT_FINDING.TITLE, DEPT_FINDING.MESSAGE, DEPT_FINDING.LOCATION,
                DEPT_FINDING.EXPLANATION);
        int seq = 0;
        for (ReceivedFinding f : findings) {
            rows.row(fileId, ++seq, f.severity(), f.ruleId(), f.title(), f.message(), f.location(), f.explanation());
        }
        rows.execute(t);
    }

    /** The bureau's findings on a file, in the audit's order. */
    public List<ReceivedFinding> findings(long fileId) {
        return dsl.selectFrom(DEPT_FINDING).where(DEPT_FINDING.FILE_ID.eq(fileId)).orderBy(DEPT_FINDING.SEQ)
                .fetch(r -> new ReceivedFinding(r.getSeverity(), r.getRuleId(), r.getTitle(), r.getMessage(),
                        r.getLocation(), r.getExplanation()));
    }

    /**
     * The current figures of the chosen departments for (year, stage), by department code; all of them
     * when {@code depCodes} is empty. Forms, staffing and texts are not read: the tables do not use them.
     */
    public List<StoredDepartment> departments(int year, String stage, Collection<String> depCodes) {
        var condition = SUBMISSION.BUDGET_YEAR.eq(year).and(SUBMISSION.STAGE_CODE.eq(stage));
        if (!depCodes.isEmpty()) {
            condition = condition.and(SUBMISSION.DEP_CODE.in(depCodes));
        }
        List<Record> rows = new ArrayList<>(dsl.select(ENTRY)
                .select(SUBMISSION.CHART_SHA256, SUBMISSION.INDICATOR_FRAMEWORK)
                .from(SUBMISSION).join(RECEIVED_FILE).on(RECEIVED_FILE.FILE_ID.eq(SUBMISSION.FILE_ID))
                .where(condition).orderBy(SUBMISSION.DEP_CODE).fetch());
        List<Long> ids = rows.stream().map(r -> r.get(RECEIVED_FILE.FILE_ID)).toList();
        var parts = DepartmentRows.load(dsl, ids);
        var charts = ChartRows.load(dsl, rows.stream().map(r -> r.get(SUBMISSION.CHART_SHA256)).toList());
        List<StoredDepartment> departments = new ArrayList<>();
        for (Record r : rows) {
            RegisterEntry e = entry(r.into(RECEIVED_FILE));
            var p = parts.get(e.fileId());
            Department department = new Department(e.depCode(), e.depName(), e.year(),
                    IndicatorFramework.valueOf(r.get(SUBMISSION.INDICATOR_FRAMEWORK)));
            Budget budget = new Budget(department, p.units(), List.of(), p.basicLines(), p.projects(), List.of(),
                    Map.of(), List.of(), Map.of());
            departments.add(new StoredDepartment(e, budget, charts.get(r.get(SUBMISSION.CHART_SHA256))));
        }
        return departments;
    }

    private static RegisterEntry entry(ReceivedFileRecord r) {
        return new RegisterEntry(r.getFileId(), r.getFileSha256(), r.getFileName(), r.getFileSize(),
                UUID.fromString(r.getPackageId()), r.getDepCode(), r.getDepName(), r.getBudgetYear(), r.getStageCode(),
                r.getSigner(), r.getCreatedAt(), r.getReceivedAt().toInstant(), CURRENT.equals(r.getStatus()),
                r.getErrors(), r.getWarnings(), r.getNotices(), r.getDifferingCells());
    }
}
