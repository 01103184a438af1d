#!/usr/bin/env python3
"""Build the shipped sample (长治市公安局上党分局, budget year 2023) in the base-data workbook format.

Reads the reference folder (default /work/shared/reference/shangdang-2023) and writes one UTF-8 CSV
per workbook sheet (file name = sheet name + ".csv", see docs/data-formats.md section 1) into
src/main/resources/org/yusuan/workbench/sample/shangdang-2023/.

Usage:  python3 tools/sample/build_sample.py [REFERENCE_DIR] [--out OUTPUT_DIR]

Output is deterministic: RFC 4180 quoting (csv module), UTF-8 without BOM, "\\n" line ends, money in
元 with exactly two decimals. Every decision that is not published fact is listed in the README.md
beside the CSVs; the checks below make the script fail if the data stop reproducing the booklet.
"""

import argparse
import csv
import json
import os
import re
import sys
from collections import OrderedDict
from decimal import Decimal, ROUND_HALF_UP

DEFAULT_REF = "/work/shared/reference/shangdang-2023"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(
    HERE, "..", "..", "src", "main", "resources", "org", "yusuan", "workbench", "sample", "shangdang-2023"))

CENT = Decimal("0.01")
GPB = "一般公共预算拨款"

# --------------------------------------------------------------------------------------------
# Fixed facts and decisions (see README.md)
# --------------------------------------------------------------------------------------------
DEPT = OrderedDict([("部门编码", "012"), ("部门名称", "长治市公安局上党分局"),
                    ("预算年度", "2023"), ("绩效指标框架", "传统")])

UNITS = [  # (code, name, type) in sheet order
    ("012001", "长治市公安局上党分局", "行政单位"),
    ("012002", "山西省长治市公安局上党分局交通警察大队", "行政单位"),
    ("012003", "山西省长治市上党区看守所", "行政单位"),
]

# 行政/参公 mapping 部门经济款 -> 政府经济款 (the program's default for a 行政单位)
ADMIN_MAP = {}
for _codes, _gov in [
    ("30101 30102 30103 30107", "50101"),
    ("30108 30109 30110 30111 30112", "50102"),
    ("30113", "50103"),
    ("30199", "50199"),
    ("30201 30202 30205 30206 30207 30208 30209 30211 30214 30228 30229 30239", "50201"),
    ("30213", "50209"),
    ("30215", "50202"),
    ("30216", "50203"),
    ("30217", "50206"),
    ("30212", "50207"),
    ("30218 30224", "50204"),
    ("30226 30227", "50205"),
    ("30231", "50208"),
    ("30299", "50299"),
    ("30301 30302", "50905"),
    ("30305 30306 30309", "50901"),
    ("31002", "50306"),
]:
    for _c in _codes.split():
        ADMIN_MAP[_c] = _gov

# 项目类别 (ASSUMED): personnel-like / running projects; every other project is 特定目标类
RUNNING_PROJECTS = {
    "2023年法定节假日加班补助",
    "2023年值勤岗位津贴",
    "遗属人员补助",
    "警务辅助人员劳务费及业务经费",
    "交警辅助人员劳务费及业务经费",
    "一线交警高温补贴",
    "应急值班工作经费",
    "疫情防控支出(疫情防控办经费)",
    "疫情防控支出",
    "收教拘押场所管理费",
}

TRAFFIC = "山西省长治市公安局上党分局交通警察大队"
HQ = "长治市公安局上党分局"
EQUIP_835 = "长财政法[2022]57号提前下达2023年中央和省级政法转移支付资金(公安办案和自采装备)"

# 政府采购 split by project (ASSUMED; only the three totals are published)
PROCUREMENT = {  # (unit, project) -> (货物, 工程, 服务)
    (TRAFFIC, "购置警用摩托车"): ("300000.00", None, None),
    (TRAFFIC, "交通微循环以及安装智能交通标志标牌"): ("400000.00", "5600000.00", None),
    (HQ, EQUIP_835): ("2971200.00", None, None),
    (TRAFFIC, "道路交通光纤租赁及维修护费"): (None, None, "200000.00"),
    (TRAFFIC, "违章和事故车辆保管费"): (None, None, "100000.00"),
    (TRAFFIC, "肇事车辆、人员检验鉴定费"): (None, None, "600000.00"),
    (HQ, "社会治安防控体系建设经费"): (None, None, "415000.00"),
}
PROCUREMENT_TOTALS = ("3671200.00", "5600000.00", "1315000.00")  # 367.12 / 560.00 / 131.50 万元

# 项目明细 economic detail needed for table 10 (三公): motorcycles on 31013, 19.20万元 on 30231
MOTORCYCLES = (TRAFFIC, "购置警用摩托车")
TRAFFIC_AUX = (TRAFFIC, "交警辅助人员劳务费及业务经费")
TRAFFIC_AUX_CAR = Decimal("192000.00")

# 上年数: published changes (万元 in the booklet, here 元)
PRIOR_CHANGE = {
    "收入总计": Decimal("13864000.00"),
    "支出总计": Decimal("13864000.00"),
    "一般公共预算当年拨款": Decimal("8639600.00"),
    "机关运行经费": Decimal("5281400.00"),
}
PRIOR_FIXED = OrderedDict([
    ("因公出国（境）费", Decimal("0.00")),
    ("公务接待费", Decimal("0.00")),
    ("公务用车购置费", Decimal("0.00")),
    ("公务用车运行维护费", Decimal("954000.00")),
])

ASSETS = [  # (资产项目, 数量, 价值（元）) from booklet section 十一
    ("车辆", "128", "15495900.00"),
    ("房屋", "27117.86", "110575000.00"),
    ("办公用房", "4400.00", "7511000.00"),
    ("业务用房", "22717.86", "103064000.00"),
    ("土地、房屋及构筑物", "", "560400.00"),
    ("设备", "", "14363900.00"),
    ("文物和陈列品", "", "6800.00"),
    ("图书、档案", "", "19000.00"),
    ("家具、用具、装具及动植物", "", "2500100.00"),
    ("无形资产", "", "436600.00"),
]

CHANGE_REASON = ("购置警用摩托车、交通微循环以及安装智能交通标志标牌、安全生产保障经费和"
                 "长上财行[2022]7号/长财政法[2022]22号下达2022年国家司法救助资金等项目")
THREE_PUBLIC_REASON = "2022年末预算公务用车购置费"
CAR_PURCHASE_REASON = "2022年末预算公务用车购置费"
ADMIN_RUNNING_REASON = "办公费、其他商品服务费用等增加"

SOURCE_KEYS = [("central", "中央财政资金"), ("province", "省级财政资金"), ("county", "市县财政资金"),
               ("self", "单位自筹"), ("other", "其他资金")]


# --------------------------------------------------------------------------------------------
def money(value):
    """Exact decimal 元 with two places; refuses anything that would need rounding."""
    d = Decimal(str(value).replace(",", ""))
    q = d.quantize(CENT, rounding=ROUND_HALF_UP)
    if q != d:
        raise SystemExit("amount %r has more than two decimals" % (value,))
    return q


def wan(yuan):
    return (yuan / Decimal(10000)).quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(d):
    return "" if d is None else str(money(d))


def pct(num, den):
    return (num * 100 / den).quantize(CENT, rounding=ROUND_HALF_UP)


def check(cond, msg):
    if not cond:
        raise SystemExit("CHECK FAILED: " + msg)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def write_sheet(out_dir, name, header, rows):
    path = os.path.join(out_dir, name + ".csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            check(len(r) == len(header), "%s: row width %d != %d" % (name, len(r), len(header)))
            w.writerow(["" if v is None else str(v) for v in r])
    return len(rows)


# --------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ref", nargs="?", default=DEFAULT_REF)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    ref, out = args.ref, args.out
    os.makedirs(out, exist_ok=True)

    base = read_csv(os.path.join(ref, "base-data.csv"))
    pairs = read_csv(os.path.join(ref, "..", "economic-pairs-seen.csv"))
    t12 = read_csv(os.path.join(ref, "tables", "t12_projects_current.csv"))
    t13 = read_csv(os.path.join(ref, "tables", "t13_projects_carryover.csv"))
    t10 = read_csv(os.path.join(ref, "tables", "t10_three_public.csv"))
    t11 = read_csv(os.path.join(ref, "tables", "t11_admin_running.csv"))
    with open(os.path.join(ref, "booklet.txt"), encoding="utf-8") as f:
        booklet = f.read().split("\n")
    forms = []
    for fn in sorted(os.listdir(os.path.join(ref, "forms"))):
        if re.fullmatch(r"form-\d\d\.json", fn):
            with open(os.path.join(ref, "forms", fn), encoding="utf-8") as f:
                forms.append(json.load(f, object_pairs_hook=OrderedDict))
    forms.sort(key=lambda d: int(d["form_no"]))

    unit_code = {name: code for code, name, _ in UNITS}
    for r in base:
        r["amount"] = money(r["yuan"])
        check(wan(r["amount"]) == Decimal(r["wan"]), "base-data wan mismatch: %r" % r)
        check(r["unit"] in unit_code, "unknown unit %r" % r["unit"])

    # economic names -> codes, from the pairs seen in real booklets
    dept_code, gov_code, pair_set = {}, {}, set()
    for p in pairs:
        for dct, k, v in ((dept_code, p["dept_econ"], p["dept_code_std"]),
                          (gov_code, p["gov_econ"], p["gov_code_std"])):
            check(dct.setdefault(k, v) == v, "ambiguous economic name %r" % k)
        pair_set.add((p["dept_code_std"], p["gov_code_std"]))

    summary = OrderedDict()

    # ---------------- 部门, 单位, 人员编制 ----------------
    summary["部门"] = write_sheet(out, "部门", list(DEPT), [list(DEPT.values())])
    summary["单位"] = write_sheet(out, "单位", ["单位编码", "单位名称", "单位类型"], [list(u) for u in UNITS])
    summary["人员编制"] = write_sheet(out, "人员编制", ["单位编码", "人员类别", "编制数", "实有人数"],
                                  [["012001", "行政编制", "244", "219"]])
    check(any("编制人员共244人" in l and "实有在职人数219人" in l for l in booklet), "staffing sentence")

    # ---------------- 基本支出 ----------------
    basic = [r for r in base if r["kind"] == "basic"]
    basic_rows = []
    personnel = public = Decimal(0)
    public_by_unit = OrderedDict((name, Decimal(0)) for _, name, _ in UNITS)
    car_running_basic = Decimal(0)
    for r in basic:
        dc = dept_code[r["dept_econ"]]
        data_gov = gov_code[r["gov_econ"]]
        check((dc, data_gov) in pair_set, "pair %s/%s not seen" % (dc, data_gov))
        mapped = ADMIN_MAP.get(dc)
        explicit = "" if mapped == data_gov else data_gov
        effective = explicit or mapped
        check(effective == data_gov and gov_code[r["gov_econ"]] == effective,
              "gov code of %r is %s, base data says %s" % (r["dept_econ"], effective, r["gov_econ"]))
        default_kind = "人员经费" if dc[:3] in ("301", "303") else "公用经费"
        check(r["personnel_or_public"] in ("人员经费", "公用经费"), "经费类型 %r" % r)
        kind = "" if r["personnel_or_public"] == default_kind else r["personnel_or_public"]
        if r["personnel_or_public"] == "人员经费":
            personnel += r["amount"]
        else:
            public += r["amount"]
            public_by_unit[r["unit"]] += r["amount"]
        if dc == "30231":
            car_running_basic += r["amount"]
        basic_rows.append([unit_code[r["unit"]], r["function_code"], dc, explicit, GPB,
                           fmt(r["amount"]), kind, "本年"])
    basic_total = personnel + public
    check(basic_total == sum(r["amount"] for r in basic), "basic total")
    check(wan(basic_total) == Decimal("4495.34"), "基本支出 4495.34万元, got %s" % basic_total)
    check(wan(personnel) == Decimal("3094.21"), "人员经费 3094.21万元")
    check(wan(public) == Decimal("1401.13"), "公用经费 1401.13万元")
    for row in t11:
        if row["unit"] == "部门合计":
            check(wan(public) == Decimal(row["total"]), "t11 total")
        else:
            check(wan(public_by_unit[row["unit"]]) == Decimal(row["total"]), "t11 " + row["unit"])
    summary["基本支出"] = write_sheet(
        out, "基本支出",
        ["单位编码", "功能科目编码", "部门经济科目编码", "政府经济科目编码", "资金来源", "金额（元）", "经费类型", "资金年度"],
        basic_rows)

    # ---------------- 项目 ----------------
    # one project per published row of t12 (本年) and t13 (上年结转), matched to base-data rows
    proj_rows = [r for r in base if r["kind"] in ("project", "carryover")]
    projects = []  # dicts: unit, name, kind, table, amount_wan, rows
    for table, kind, trows in (("t12", "project", t12), ("t13", "carryover", t13)):
        published = [t for t in trows if t["kind"] == "project"]
        for t in published:
            same = [x for x in published if x["unit"] == t["unit"] and x["project"] == t["project"]]
            cand = [r for r in proj_rows if r["kind"] == kind and r["unit"] == t["unit"]
                    and r["project"] == t["project"]]
            if len(same) > 1:  # equal names: one base-data row per published row, told apart by amount
                cand = [r for r in cand if wan(r["amount"]) == Decimal(t["total"])]
                check(len(cand) == 1, "cannot tell apart %r" % t["project"])
            check(cand, "no base-data rows for %r" % t["project"])
            total = sum(r["amount"] for r in cand)
            check(wan(total) == Decimal(t["total"]), "project total %r" % t["project"])
            for r in cand:
                check("_proj" not in r, "base row used twice: %r" % r)
                r["_proj"] = True
            projects.append({"unit": t["unit"], "name": t["project"], "kind": kind, "table": table,
                             "line": t["line"], "total": total, "rows": cand,
                             "first": min(proj_rows.index(r) for r in cand)})
        # unit subtotals and department total reproduce the table
        for t in trows:
            if t["kind"] == "unit":
                s = sum(p["total"] for p in projects if p["table"] == table and p["unit"] == t["unit"])
                check(wan(s) == Decimal(t["total"]), "%s unit total %s" % (table, t["unit"]))
            elif t["kind"] == "department":
                s = sum(p["total"] for p in projects if p["table"] == table)
                check(wan(s) == Decimal(t["total"]), "%s department total" % table)
    check(all("_proj" in r for r in proj_rows), "unmatched base-data project rows")
    projects.sort(key=lambda p: p["first"])  # base-data order
    seq = {}
    for p in projects:
        uc = unit_code[p["unit"]]
        seq[uc] = seq.get(uc, 0) + 1
        p["code"] = "%s-%03d" % (uc, seq[uc])

    # forms -> projects
    by_key = {}
    for p in projects:
        by_key.setdefault((p["table"], p["unit"], p["name"]), []).append(p)
    for d in forms:
        tm = d["table_match"]
        cand = by_key.get((tm["table"], tm["unit"], tm["name_in_table"]), [])
        if len(cand) > 1:
            cand = [p for p in cand if wan(p["total"]) == Decimal(tm["amount_wan"])]
        check(len(cand) == 1, "form %s matches %d projects" % (d["form_no"], len(cand)))
        p = cand[0]
        check("form" not in p, "two forms for project %s" % p["name"])
        p["form"] = d
        d["_project"] = p
        if money(d["annual_total_yuan"]) != p["total"]:
            print("WARNING: form %s annual total %s != project %s" % (d["form_no"], d["annual_total_yuan"], p["total"]))

    def normalise_attr(a):
        for v in ("一次性项目", "经常性项目", "延续性项目"):
            if a.startswith(v):
                return v
        raise SystemExit("unknown 项目属性 %r" % a)

    proc_sum = [Decimal(0)] * 3
    proc_used = set()
    project_sheet = []
    for p in projects:
        f = p.get("form")
        attr = normalise_attr(f["attribute"]) if f else ""
        period = f["period"] if f else ""
        cat = "其他运转类" if p["name"] in RUNNING_PROJECTS else "特定目标类"
        proc = PROCUREMENT.get((p["unit"], p["name"]), (None, None, None))
        if (p["unit"], p["name"]) in PROCUREMENT:
            check((p["unit"], p["name"]) not in proc_used, "procurement key not unique")
            proc_used.add((p["unit"], p["name"]))
            check(sum(money(x) for x in proc if x) <= p["total"], "procurement exceeds project")
        for i, x in enumerate(proc):
            if x:
                proc_sum[i] += money(x)
        project_sheet.append([p["code"], unit_code[p["unit"]], p["name"], cat, attr, period,
                              "本年" if p["kind"] == "project" else "上年结转",
                              fmt(proc[0]), fmt(proc[1]), fmt(proc[2])])
    check(proc_used == set(PROCUREMENT), "procurement projects not all found")
    check(tuple(str(x) for x in proc_sum) == PROCUREMENT_TOTALS, "procurement totals %s" % proc_sum)
    check(wan(sum(proc_sum)) == Decimal("1058.62"), "procurement grand total")
    summary["项目"] = write_sheet(
        out, "项目",
        ["项目编码", "单位编码", "项目名称", "项目类别", "项目属性", "项目期", "资金年度",
         "政府采购货物（元）", "政府采购工程（元）", "政府采购服务（元）"],
        project_sheet)

    # ---------------- 项目明细 ----------------
    detail = []
    car_purchase = car_running_proj = Decimal(0)
    for p in projects:
        for r in sorted(p["rows"], key=proj_rows.index):
            key = (p["unit"], p["name"])
            if key == MOTORCYCLES:
                check(len(p["rows"]) == 1, "motorcycles: one line")
                detail.append([p["code"], r["function_code"], "31013", GPB, fmt(r["amount"])])
                car_purchase += r["amount"]
            elif key == TRAFFIC_AUX:
                check(len(p["rows"]) == 1 and r["amount"] == Decimal("7993300.00"), "交警辅助 line")
                detail.append([p["code"], r["function_code"], "30231", GPB, fmt(TRAFFIC_AUX_CAR)])
                detail.append([p["code"], r["function_code"], "", GPB, fmt(r["amount"] - TRAFFIC_AUX_CAR)])
                car_running_proj += TRAFFIC_AUX_CAR
            else:
                detail.append([p["code"], r["function_code"], "", GPB, fmt(r["amount"])])
    check(sum(money(d[4]) for d in detail) == sum(r["amount"] for r in proj_rows), "detail total")
    car_running = car_running_basic + car_running_proj
    t10v = {r["item"]: r["total"] for r in t10}
    check(wan(car_purchase) == Decimal(t10v["①公务用车购置费"]), "三公 购置")
    check(wan(car_running) == Decimal(t10v["②公务用车运行维护费"]), "三公 运行维护")
    check(wan(car_running_basic) == Decimal("73.80"), "三公 basic part 73.80")
    check(wan(car_purchase + car_running) == Decimal(t10v["合计"]), "三公 合计")
    summary["项目明细"] = write_sheet(
        out, "项目明细", ["项目编码", "功能科目编码", "部门经济科目编码", "资金来源", "金额（元）"], detail)

    # ---------------- 绩效目标, 绩效指标 ----------------
    def booklet_form_texts(d):
        a, b = d["source_lines"]
        lines = booklet[a - 1:b]
        res = {}

        def field(label):
            hits = [l for l in lines if l.startswith(label)]
            check(len(hits) == 1, "form %s: %d lines for %s" % (d["form_no"], len(hits), label))
            body = hits[0][len(label):].strip("\t")
            return re.sub(r"\t+", " ", body)

        res["项目设立必要性"] = field("项目设立必要性")
        res["保证项目实施的制度措施"] = field("保证项目实施的制度、措施")
        idx = [i for i, l in enumerate(lines) if l.startswith("负责人")]
        check(len(idx) == 1, "form %s signature line" % d["form_no"])
        sig = lines[idx[0]]
        if "填报日期" not in sig and idx[0] + 1 < len(lines):
            sig += "\t" + lines[idx[0] + 1]
        labels = ("负责人", "经办人", "联系电话", "填报日期")
        vals, cur = {k: [] for k in labels}, None
        for tok in [t for t in sig.split("\t") if t.strip()]:
            m = re.match(r"^(负责人|经办人|联系电话|填报日期)[：:]?(.*)$", tok)
            if m:
                cur = m.group(1)
                if m.group(2).strip():
                    vals[cur].append(m.group(2).strip())
            else:
                check(cur is not None, "form %s: value before label" % d["form_no"])
                vals[cur].append(tok.strip())
        for k in labels:
            check(len(vals[k]) <= 1, "form %s: %s has %r" % (d["form_no"], k, vals[k]))
            res[k] = vals[k][0] if vals[k] else ""
        check(res["填报日期"] == d["filled"], "form %s 填报日期 %r vs %r" % (d["form_no"], res["填报日期"], d["filled"]))
        return res

    goal_rows, ind_rows = [], []
    for d in forms:
        p = d["_project"]
        bt = booklet_form_texts(d)
        srcs = []
        for total_key, src_key in (("implementation_total_yuan", "implementation_sources_yuan"),
                                   ("annual_total_yuan", "annual_sources_yuan")):
            srcs.append(fmt(d[total_key]))
            parts = d[src_key]
            for k, _ in SOURCE_KEYS:
                srcs.append(fmt(parts[k]) if parts.get(k) is not None else "")
            s = sum(money(parts[k]) for k, _ in SOURCE_KEYS if parts.get(k) is not None)
            check(s == money(d[total_key]), "form %s sources add up" % d["form_no"])
        goal_rows.append([p["code"], d["title"]] + srcs + [
            d["overview"], d["basis"], bt["项目设立必要性"], bt["保证项目实施的制度措施"], d["plan"],
            d["overall_goal_impl"], d["overall_goal_year"],
            bt["负责人"], bt["经办人"], bt["联系电话"], d["filled"]])
        for l1, level2 in d["indicator_tree"].items():
            for l2, items in level2.items():
                for it in items:
                    ind_rows.append([p["code"], l1, l2, it["三级指标"],
                                     it.get("value_impl") or "", it.get("value_year") or ""])
    # header names as in docs/data-formats.md, in the order of SOURCE_KEYS
    fund_cols = ["实施期资金总额（元）", "实施期中央财政资金（元）", "实施期省级财政资金（元）", "实施期市县财政资金（元）",
                 "实施期单位自筹（元）", "实施期其他资金（元）",
                 "年度资金总额（元）", "年度中央财政资金（元）", "年度省级财政资金（元）", "年度市县财政资金（元）",
                 "年度单位自筹（元）", "年度其他资金（元）"]
    summary["绩效目标"] = write_sheet(
        out, "绩效目标",
        ["项目编码", "表名"] + fund_cols +
        ["项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度措施", "项目实施计划",
         "实施期总体目标", "年度总体目标", "负责人", "经办人", "联系电话", "填报日期"],
        goal_rows)
    summary["绩效指标"] = write_sheet(
        out, "绩效指标", ["项目编码", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"], ind_rows)

    # ---------------- 上年数 ----------------
    total_all = sum(r["amount"] for r in base)
    current_gpb = sum(r["amount"] for r in base if r["kind"] in ("basic", "project"))
    cur = {"收入总计": total_all, "支出总计": total_all, "一般公共预算当年拨款": current_gpb,
           "机关运行经费": public}
    prior = OrderedDict()
    for k in ("收入总计", "支出总计", "一般公共预算当年拨款"):
        prior[k] = cur[k] - PRIOR_CHANGE[k]
    for k, v in PRIOR_FIXED.items():
        prior[k] = v
    prior["机关运行经费"] = cur["机关运行经费"] - PRIOR_CHANGE["机关运行经费"]
    for k in PRIOR_CHANGE:
        check(wan(cur[k] - prior[k]) == wan(PRIOR_CHANGE[k]), "change of " + k)
    check(wan(prior["收入总计"]) == Decimal("8503.64"), "prior 收入总计 8503.64")
    check(wan(prior["一般公共预算当年拨款"]) == Decimal("8503.64"), "prior 当年拨款 8503.64")
    check(wan(prior["机关运行经费"]) == Decimal("872.99"), "prior 机关运行经费 872.99")
    check(pct(cur["收入总计"] - prior["收入总计"], prior["收入总计"]) == Decimal("16.30"), "16.30%")
    check(pct(cur["一般公共预算当年拨款"] - prior["一般公共预算当年拨款"], prior["一般公共预算当年拨款"])
          == Decimal("10.16"), "10.16%")
    check(pct(cur["机关运行经费"] - prior["机关运行经费"], prior["机关运行经费"]) == Decimal("60.50"), "60.50%")
    check(wan(car_running - prior["公务用车运行维护费"]) == Decimal("-2.40"), "运行维护费 −2.40")
    three_cur = car_running + car_purchase
    three_prior = sum(prior[k] for k in PRIOR_FIXED)
    check(wan(three_cur - three_prior) == Decimal("27.60"), "三公 +27.60")
    summary["上年数"] = write_sheet(out, "上年数", ["项目", "金额（元）"], [[k, fmt(v)] for k, v in prior.items()])

    # ---------------- 国有资产 ----------------
    summary["国有资产"] = write_sheet(out, "国有资产", ["资产项目", "数量", "价值（元）"],
                                  [[a, q, fmt(v)] for a, q, v in ASSETS])

    # ---------------- 情况说明 ----------------
    def index_of(pred, start=0):
        for i in range(start, len(booklet)):
            if pred(booklet[i]):
                return i
        raise SystemExit("CHECK FAILED: booklet line not found")

    i0 = index_of(lambda l: l.strip() == "### 一、本部门职责")
    i1 = index_of(lambda l: l.strip() == "### 二、机构设置情况", i0)
    duties = [l.strip() for l in booklet[i0 + 1:i1] if l.strip()]
    check(len(duties) == 11 and all(re.match(r"%d\. " % (n + 1), s) for n, s in enumerate(duties)), "11 duties")

    j0 = index_of(lambda l: l.strip().startswith("#### 1. 科室设置情况"), i1)
    j1 = index_of(lambda l: l.strip().startswith("2. 人员编制情况"), j0)
    paras = []
    for l in booklet[j0 + 1:j1]:
        s = l.strip()
        if not s:
            continue
        if re.match(r"^\(\d+\)", s):
            paras.append(s)
        else:  # continuation after a page break inside a paragraph
            check(paras, "continuation without paragraph")
            paras[-1] += s
    check([int(re.match(r"^\((\d+)\)", s).group(1)) for s in paras] == list(range(1, 15)), "(1)…(14)")
    check("来访、举报" in paras[2] and "建档建卡,积极预防" in paras[13], "page-break repairs")

    k = index_of(lambda l: "主要原因是" in l and "比上年增加1386.40万元" in l)
    reasons = re.findall(r"主要原因是(.*?)(收入增加|支出增加)", booklet[k])
    check([r[0] for r in reasons] == [CHANGE_REASON, CHANGE_REASON], "收支变动原因 %r" % reasons)
    k = index_of(lambda l: "“三公”经费预算" in l and "主要原因是" in l)
    check(re.search(r"主要原因是(.*?)。", booklet[k]).group(1) == THREE_PUBLIC_REASON, "三公 reason")
    k = index_of(lambda l: "公务用车购置费30.00万元" in l)
    check(booklet[k].rstrip().endswith("主要原因是" + CAR_PURCHASE_REASON + "。"), "购置费 reason")
    k = index_of(lambda l: "机关运行经费财政拨款预算" in l)
    check(("原因是" + ADMIN_RUNNING_REASON + "。") in booklet[k], "机关运行经费 reason")

    g0 = index_of(lambda l: l.strip().startswith("2、绩效目标情况"))
    goals = []
    for l in booklet[g0 + 1:]:
        s = l.strip()
        if not s:
            continue
        if s.startswith(("一是", "二是")):
            goals.append(s)
        else:
            break
    check(len(goals) == 2, "绩效目标情况 paragraphs")

    m0 = index_of(lambda l: l.strip() == "### （一）政府购买服务指导性目录")
    m1 = index_of(lambda l: l.strip() == "### （二）其他", m0)
    check([l.strip() for l in booklet[m0 + 1:m1] if l.strip()] == ["无。"], "目录 无。")
    check(next(l.strip() for l in booklet[m1 + 1:] if l.strip()) == "无。", "其他 无。")

    notes = [
        ("部门职责", "\n".join(duties)),
        ("机构设置", "\n".join(paras)),
        ("收支变动原因", CHANGE_REASON),
        ("三公经费变动原因", THREE_PUBLIC_REASON),
        ("公务用车购置费变动原因", CAR_PURCHASE_REASON),
        ("机关运行经费变动原因", ADMIN_RUNNING_REASON),
        ("绩效目标情况", "\n".join(goals)),
        ("政府购买服务指导性目录", "无。"),
        ("其他说明", "无。"),
    ]
    summary["情况说明"] = write_sheet(out, "情况说明", ["栏目", "内容"], [list(n) for n in notes])

    # ---------------- report ----------------
    print("output:", out)
    for k, v in summary.items():
        print("  %-6s %4d rows" % (k, v))
    print("totals: all %s, basic %s (人员 %s, 公用 %s), project %s, carryover %s" % (
        total_all, basic_total, personnel, public,
        sum(r["amount"] for r in base if r["kind"] == "project"),
        sum(r["amount"] for r in base if r["kind"] == "carryover")))
    print("上年数:")
    for k, v in prior.items():
        c = cur.get(k)
        extra = "" if c is None else "  (current %s, change %s万元, prior %s万元)" % (c, wan(c - v), wan(v))
        print("  %s = %s%s" % (k, v, extra))
    print("三公: 购置 %s, 运行维护 %s (basic %s + project %s)" % (car_purchase, car_running, car_running_basic,
                                                           car_running_proj))
    print("projects: %d (%d with form); indicators: %d" % (
        len(projects), sum(1 for p in projects if "form" in p), len(ind_rows)))
    for p in projects:
        if "form" not in p:
            print("  no form:", p["code"], p["name"])


if __name__ == "__main__":
    main()
