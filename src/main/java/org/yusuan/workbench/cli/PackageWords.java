package org.yusuan.workbench.cli;

/**
 * What {@code yusuan package} prints, in one place so that it can move into the command line's bundle
 * in one step (another branch is creating {@code cli/messages*.properties}).
 */
final class PackageWords {

    static final String AUDIT_SUMMARY = "审核结果：错误 %d 项，警告 %d 项，提示 %d 项";
    static final String ERROR_LINE = "  【错误】%s：%s（%s）";
    static final String ERRORS_STOP = "预算有 %d 项审核错误，未导出。确需带错误报送，请加 --accept-errors 确认（错误会随数据包一并报送）。";
    static final String ERRORS_TRAVEL = "已确认带 %d 项审核错误导出，错误随数据包一并报送。";
    static final String EXPORTED = "已导出报送数据包：%s";
    static final String PACKAGE_ID = "数据包编号：%s";
    static final String ENTRIES = "文件数：%d";
    static final String MANIFEST = "清单 SHA-256：%s";
    static final String FINGERPRINT = "签名公钥指纹：%s";
    static final String COVER_LETTER = "报送函（请打印、盖章，随数据包一并报送）：%s";
    static final String KEY_FOLDER = "签名密钥保存在：%s（私钥只在本机，请勿外传）";
    static final String CANNOT_WRITE = "无法写入文件「%s」：%s";
    static final String BAD_STAGE = "--stage：%s";
    static final String EXPLANATIONS_UNREADABLE = "出错说明文件「%s」无法读取：%s";
    static final String EXPLANATIONS_COLUMNS = "出错说明文件「%s」须有“规则”“位置”“出错说明”三列（可用 yusuan audit --format csv 的输出加一列“出错说明”）。";
    static final String COLUMN_RULE = "规则";
    static final String COLUMN_PLACE = "位置";
    static final String COLUMN_EXPLANATION = "出错说明";

    static final String REFUSED = "数据包「%s」未通过校验：%s";
    static final String INTACT = "数据包「%s」完整，签名有效。";
    static final String FORMAT = "格式版本：%d（生成程序版本 %s）";
    static final String DEPARTMENT = "部门：%s %s";
    static final String YEAR_STAGE = "预算年度：%d　阶段：%s　区划：%s";
    static final String IDENTITY = "数据包编号：%s　替代：%s　生成时间：%s";
    static final String NONE = "无";
    static final String CATALOG = "科目目录：%d 年，SHA-256 %s";
    static final String AUDIT = "审核：错误 %d 项，警告 %d 项，提示 %d 项（其中 %d 项附出错说明）";
    static final String CONTENTS = "内容：%d 个单位，%d 行基本支出，%d 个项目（%d 行明细），%d 张绩效目标表（%d 个指标）";
    static final String TOTAL = "收支总计：%s 元";
    static final String BOOKLET = "附《部门预算公开》PDF：%s";
    static final String YES = "有";
    static final String FILES = "文件（%d 个）：";
    static final String FILE_LINE = "  %-36s %,d 字节";

    private PackageWords() {
    }
}
