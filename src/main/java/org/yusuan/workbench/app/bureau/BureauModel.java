package org.yusuan.workbench.app.bureau;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.workbench.app.common.Messages;
import org.yusuan.workbench.app.tables.TraceLine;
import org.yusuan.workbench.calc.table.TableRow;
import org.yusuan.workbench.domain.bureau.ReceivedFinding;
import org.yusuan.workbench.domain.bureau.RegisterEntry;
import org.yusuan.workbench.service.bureau.Bureau;
import org.yusuan.workbench.service.bureau.Consolidation;
import org.yusuan.workbench.service.bureau.ImportOutcome;

/**
 * What the 汇总 window shows, off the FX thread: the open store, the round chosen, its status and its
 * consolidation. Every method may take time (a store of hundreds of departments) and is called from a
 * background task; the window shows the results.
 */
final class BureauModel implements AutoCloseable {

    /** A round with what the window shows of it. */
    record RoundView(Map.Entry<Integer, String> round, Bureau.Status status, Consolidation consolidation) {
    }

    private Bureau bureau;

    /** Opens (or, when {@code create}, creates) the store; the previous one is closed. */
    synchronized void open(String location, boolean create) {
        close();
        bureau = create ? Bureau.init(location, Clock.systemUTC()) : Bureau.open(location, Clock.systemUTC());
    }

    synchronized boolean isOpen() {
        return bureau != null;
    }

    synchronized String location() {
        return bureau == null ? "" : bureau.location();
    }

    synchronized List<Map.Entry<Integer, String>> rounds() {
        return bureau.rounds();
    }

    /** The round's status and consolidation over all its departments; empty when the store holds no round. */
    synchronized Optional<RoundView> load(Map.Entry<Integer, String> chosen) {
        Optional<Map.Entry<Integer, String>> round = Optional.ofNullable(chosen).or(bureau::latestRound);
        return round.map(r -> new RoundView(r, bureau.status(r.getKey(), r.getValue()),
                bureau.consolidate(r.getKey(), r.getValue(), List.of())));
    }

    synchronized List<ImportOutcome> receive(List<Path> files) throws IOException {
        return bureau.receive(files);
    }

    /** The bureau's audit of a received file, with the unit's 出错说明 where it sent one. */
    synchronized List<ReceivedFinding> findings(RegisterEntry file) {
        return bureau.findings(file.fileId());
    }

    /** The departments in a consolidated cell, as lines of the cell's trace: one per department. */
    static List<TraceLine> trace(Consolidation consolidation, int table, TableRow row, int column) {
        int index = consolidation.table(table).rows().indexOf(row);
        if (index < 0 || column < 0) {
            return List.of();
        }
        return consolidation.contributions(table, index, column).stream()
                .map(c -> new TraceLine(c.depName(), Messages.get("bureau.trace.kind"), c.depCode(), "", "", "", "",
                        c.amount()))
                .toList();
    }

    @Override
    public synchronized void close() {
        if (bureau != null) {
            bureau.close();
            bureau = null;
        }
    }
}
