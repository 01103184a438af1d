package org.yusuan.workbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.budget.Budget;
import org.yusuan.workbench.domain.money.Yuan;
import org.yusuan.workbench.domain.narrative.StateAsset;
import org.yusuan.workbench.domain.narrative.StateAssetItem;

/** Budget files written by released versions (src/test/resources/released) open with nothing lost. */
class ReleasedFilesTest {

    @Test
    void theSchema3SampleOpensUpgradedWithEveryRecordAndNoLeftovers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.mv.db");
        Files.copy(Path.of(getClass().getResource("/released/schema-3-sample.mv.db").toURI()), file);
        Budget budget;
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            budget = db.budgets().load().orElseThrow();
        }
        assertThat(budget.department().name()).isEqualTo("长治市公安局上党分局");
        assertThat(budget.units()).hasSize(3);
        assertThat(budget.basicLines()).hasSize(38);
        assertThat(budget.projects()).hasSize(29);
        assertThat(budget.basicLines().stream().map(l -> l.amount()).reduce(Yuan.ZERO, Yuan::plus))
                .isEqualTo(Yuan.parse("44953388.00"));
        // upgraded in place of the old file, and again without a second upgrade
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            assertThat(db.budgets().load().orElseThrow().basicLines()).hasSize(38);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("old.mv.db");
        }
    }

    @Test
    void aSchema3FileOpenedReadOnlyIsReadUpgradedFromACopyAndLeftByteIdentical(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.mv.db");
        Files.copy(Path.of(getClass().getResource("/released/schema-3-sample.mv.db").toURI()), file);
        byte[] before = Files.readAllBytes(file);
        try (BudgetDatabase db = BudgetDatabase.openReadOnly(file)) {
            assertThat(db.budgets().load().orElseThrow().basicLines()).hasSize(38);
            assertThat(db.catalog().isEmpty()).isFalse();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("old.mv.db");
        }
    }

    @Test
    void aCurrentFileOpenedReadOnlyRefusesWritesAndIsLeftByteIdentical(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.mv.db");
        Files.copy(Path.of(getClass().getResource("/released/schema-3-sample.mv.db").toURI()), file);
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            assertThat(db.budgets().load()).isPresent();
        }
        byte[] before = Files.readAllBytes(file);
        try (BudgetDatabase db = BudgetDatabase.openReadOnly(file)) {
            Budget budget = db.budgets().load().orElseThrow();
            assertThatThrownBy(() -> db.budgets().replace(budget)).isInstanceOf(RuntimeException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileOfTheFirstReleaseOpensWithItsAssetsAsCountsAndAreasAndNoQuantities(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("budget.mv.db");
        Files.copy(Path.of(getClass().getResource("/released/0.1.0/budget.mv.db").toURI()), file);
        Budget budget;
        try (BudgetDatabase db = BudgetDatabase.open(file)) {
            budget = db.budgets().load().orElseThrow();
        }
        assertThat(budget.basicLines()).hasSize(38).allSatisfy(l -> {
            assertThat(l.quantity()).isNull();
            assertThat(l.unitPrice()).isNull();
        });
        assertThat(budget.projects()).flatExtracting(p -> p.lines()).allSatisfy(l -> {
            assertThat(l.quantity()).isNull();
            assertThat(l.unitPrice()).isNull();
        });
        // 国有资产 stored by constant name with one quantity: now by name, 车辆's count, 房屋's area, in the old order.
        assertThat(budget.stateAssets()).extracting(StateAsset::item).containsExactly(java.util.Arrays
                .stream(StateAssetItem.values()).map(StateAssetItem::label).toArray(String[]::new));
        StateAsset vehicles = budget.stateAssets().get(0);
        assertThat(vehicles.count()).isEqualByComparingTo("128");
        assertThat(vehicles.area()).isNull();
        assertThat(vehicles.value()).isEqualTo(Yuan.parse("15495900.00"));
        assertThat(budget.stateAssets().get(2).area()).isEqualByComparingTo("4400.00");
        assertThat(budget.stateAssets().get(2).count()).isNull();
        assertThat(budget.stateAssets().get(5).count()).isNull();
        assertThat(budget.stateAssets().get(5).value()).isEqualTo(Yuan.parse("14363900.00"));
    }
}
