package org.yusuan.workbench.exchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.workbench.domain.classification.CatalogEntry;
import org.yusuan.workbench.domain.classification.ChartOfAccounts;
import org.yusuan.workbench.domain.classification.Classification;
import org.yusuan.workbench.domain.classification.CodeSuccessors;
import org.yusuan.workbench.domain.classification.UnitCategory;

class BuiltInCatalogTest {

    static ChartOfAccounts catalog;

    @BeforeAll
    static void load() {
        catalog = BuiltInCatalog.load(2023);
    }

    /** The 30 类 of tables 1 and 4, as the published tables list them (docs/data-formats.md, the catalog). */
    private static final Map<String, String> FUNCTION_CLASSES = new LinkedHashMap<>();

    static {
        String listed = "201 一般公共服务支出, 202 外交支出, 203 国防支出, 204 公共安全支出, 205 教育支出, 206 科学技术支出, "
                + "207 文化旅游体育与传媒支出, 208 社会保障和就业支出, 209 社会保险基金支出, 210 卫生健康支出, "
                + "211 节能环保支出, 212 城乡社区支出, 213 农林水支出, 214 交通运输支出, 215 资源勘探工业信息等支出, "
                + "216 商业服务业等支出, 217 金融支出, 219 援助其他地区支出, 220 自然资源海洋气象等支出, 221 住房保障支出, "
                + "222 粮油物资储备支出, 223 国有资本经营预算支出, 224 灾害防治及应急管理支出, 227 预备费, 229 其他支出, "
                + "230 转移性支出, 231 债务还本支出, 232 债务付息支出, 233 债务发行费用支出, 234 抗疫特别国债安排的支出";
        for (String pair : listed.split(", ")) {
            String[] parts = pair.split(" ");
            FUNCTION_CLASSES.put(parts[0], parts[1]);
        }
    }

    @Test
    void isTheCatalogOf2023ForEveryYearFromIt() {
        assertThat(BuiltInCatalog.yearFor(2023)).isEqualTo(2023);
        assertThat(BuiltInCatalog.yearFor(2026)).isEqualTo(2023);
        assertThat(BuiltInCatalog.yearFor(2019)).isEqualTo(2023);
        assertThat(catalog.isEmpty()).isFalse();
        assertThat(catalog.allEntries()).allSatisfy(e -> {
            assertThat(e.year()).isEqualTo(2023);
            assertThat(e.provenance()).isEqualTo(BuiltInCatalog.provenance(2023)).contains("2023");
        });
    }

    @Test
    void theShippedMappingTo2024ReadsAndClaimsNoChangeWhileNo2024CatalogIsShipped() {
        BuiltInCatalog shelf = BuiltInCatalog.shipped();
        assertThat(shelf.hasOwnCatalog(2024)).isFalse();
        assertThat(shelf.catalogYearFor(2024)).isEqualTo(2023);
        // The file is read (its header checked); it names no code: no official 2024 change is invented.
        assertThat(shelf.successors(2023, 2024).isEmpty()).isTrue();
        assertThat(BuiltInCatalogTest.class.getResource("/org/yusuan/workbench/catalog/2024/successors.csv")).isNotNull();
        assertThat(BuiltInCatalogTest.class.getResource("/org/yusuan/workbench/catalog/2024/PROVENANCE.md")).isNotNull();
    }

    @Test
    void aShelfInAFolderChainsTheMappingsOfTheYearsBetween(@TempDir Path dir)
            throws IOException {
        for (String year : List.of("2023", "2025")) {
            Path folder = Files.createDirectories(dir.resolve(year));
            Files.writeString(folder.resolve("catalog.csv"), "分类,科目编码,科目名称,年度\n支出功能分类,204,公共安全支出,"
                    + year + "\n");
            Files.writeString(folder.resolve("mapping.csv"), "单位类别,部门经济科目编码,政府经济科目编码\n");
        }
        Files.createDirectories(dir.resolve("2024"));
        Files.writeString(dir.resolve("2024/successors.csv"), "分类,原科目编码,新科目编码,说明\n"
                + "支出功能分类,2040201,2040211,\n支出功能分类,2040202,,\n");
        Files.writeString(dir.resolve("2025/successors.csv"), "分类,原科目编码,新科目编码,说明\n"
                + "支出功能分类,2040211,2040212,\n支出功能分类,2040211,2040213,\n支出功能分类,2040203,2040214,\n");

        BuiltInCatalog shelf = BuiltInCatalog.inFolder(dir);
        var chain = shelf.successors(2023, 2025);

        assertThat(shelf.catalogYearFor(2024)).isEqualTo(2023);
        assertThat(shelf.catalogYearFor(2025)).isEqualTo(2025);
        assertThat(chain.fateOf(Classification.FUNCTIONAL, "2040201"))
                .isEqualTo(new CodeSuccessors.Split(
                        List.of("2040212", "2040213")));
        assertThat(chain.fateOf(Classification.FUNCTIONAL, "2040202"))
                .isInstanceOf(CodeSuccessors.Withdrawn.class);
        assertThat(chain.successor(Classification.FUNCTIONAL, "2040203")).contains("2040214");
        assertThat(chain.successor(Classification.FUNCTIONAL, "2040219")).contains("2040219");
        assertThat(shelf.successors(2024, 2025).successor(Classification.FUNCTIONAL, "2040201")).contains("2040201");
    }

    @Test
    void hasTheThirtyFunctionalClassesWithTheirPrintedNames() {
        assertThat(FUNCTION_CLASSES).hasSize(30);
        FUNCTION_CLASSES.forEach((code, name) -> assertThat(catalog.find(Classification.FUNCTIONAL, code))
                .as(code).map(CatalogEntry::name).contains(name));
    }

    @Test
    void hasTheFunctionalItemsTheSampleUses() {
        assertThat(catalog.nameOf(Classification.FUNCTIONAL, "2040201")).isEqualTo("行政运行");
        for (String code : new String[] {"2080505", "2101101", "2210201", "2040250", "2040202"}) {
            assertThat(catalog.contains(Classification.FUNCTIONAL, code)).as(code).isTrue();
        }
        assertThat(catalog.contains(Classification.FUNCTIONAL, "2049998")).isFalse();
    }

    @Test
    void hasTheEconomicCodes() {
        for (int code = 30101; code <= 30113; code++) {
            if (code == 30104 || code == 30105) {
                continue; // not in use since the 2017 reform; the booklet lists 30101-30103, 30106-30113
            }
            assertThat(catalog.contains(Classification.DEPARTMENTAL_ECONOMIC, String.valueOf(code)))
                    .as(String.valueOf(code)).isTrue();
        }
        assertThat(catalog.nameOf(Classification.DEPARTMENTAL_ECONOMIC, "30101")).isEqualTo("基本工资");
        assertThat(catalog.nameOf(Classification.DEPARTMENTAL_ECONOMIC, "30201")).isEqualTo("办公费");
        assertThat(catalog.nameOf(Classification.DEPARTMENTAL_ECONOMIC, "31013")).isEqualTo("公务用车购置");
        assertThat(catalog.nameOf(Classification.GOVERNMENT_ECONOMIC, "50101")).isEqualTo("工资奖金津补贴");
        assertThat(catalog.nameOf(Classification.GOVERNMENT_ECONOMIC, "50501")).isEqualTo("工资福利支出");
        assertThat(catalog.nameOf(Classification.GOVERNMENT_ECONOMIC, "50901")).isEqualTo("社会福利和救助");
    }

    @Test
    void everyEntryHasItsParent() {
        for (Classification c : Classification.values()) {
            assertThat(catalog.entries(c)).allSatisfy(e -> {
                String parent = c.parentOf(e.code());
                if (parent != null) {
                    assertThat(catalog.contains(c, parent)).as(e.code() + " → " + parent).isTrue();
                }
            });
        }
    }

    @Test
    void everyDepartmentalItemMapsForBothUnitCategoriesToAnExistingGovernmentItem() {
        var items = catalog.entries(Classification.DEPARTMENTAL_ECONOMIC).stream()
                .filter(e -> e.code().length() == 5).toList();
        assertThat(items).hasSizeGreaterThan(50);
        for (UnitCategory category : UnitCategory.values()) {
            assertThat(items).allSatisfy(e -> assertThat(catalog.governmentCodeFor(category, e.code()))
                    .as(category.label() + " " + e.code() + " " + e.name())
                    .hasValueSatisfying(gov -> assertThat(catalog.contains(Classification.GOVERNMENT_ECONOMIC, gov))
                            .as(gov).isTrue()));
        }
    }

    @Test
    void mapsAsTheBookletPrints() {
        assertThat(catalog.governmentCodeFor(UnitCategory.ADMINISTRATIVE, "30101")).contains("50101");
        assertThat(catalog.governmentCodeFor(UnitCategory.INSTITUTION, "30101")).contains("50501");
        assertThat(catalog.governmentCodeFor(UnitCategory.ADMINISTRATIVE, "30231")).contains("50208");
        assertThat(catalog.governmentCodeFor(UnitCategory.ADMINISTRATIVE, "30113")).contains("50103");
        assertThat(catalog.governmentCodeFor(UnitCategory.INSTITUTION, "30201")).contains("50502");
    }
}
