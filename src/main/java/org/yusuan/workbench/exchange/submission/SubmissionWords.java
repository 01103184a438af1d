package org.yusuan.workbench.exchange.submission;

/**
 * Every sentence the package format says to a person, in one place so that they can move into the
 * layer's bundle in one step (another branch is creating {@code exchange/messages*.properties}).
 * Each refusal is one sentence that names what is wrong; {@code %s} / {@code %d} are filled in with
 * {@link String#format}.
 */
public final class SubmissionWords {

    public static final String TOO_LARGE = "数据包文件过大（%d 字节，上限 %d 字节），不予接收。";
    public static final String NOT_ZIP = "「%s」不是完整的数据包：文件已截断、已损坏或不是 ZIP 文件。";
    public static final String TOO_MANY_ENTRIES = "数据包中的文件过多（超过 %d 个），不予接收。";
    public static final String BAD_NAME = "数据包中的文件名「%s」不合规（含“..”、绝对路径、反斜杠或控制字符），不予接收。";
    public static final String DUPLICATE_NAME = "数据包中的文件「%s」出现了不止一次，不予接收。";
    public static final String ENTRY_TOO_LARGE = "数据包中的文件「%s」解压后超过 %d 字节，不予接收。";
    public static final String TOTAL_TOO_LARGE = "数据包解压后总大小超过 %d 字节，不予接收。";
    public static final String RATIO_TOO_HIGH = "数据包中的文件「%s」压缩比异常（超过 %d 倍），疑似压缩炸弹，不予接收。";
    public static final String MISSING_ENTRY = "数据包缺少必需的文件「%s」。";
    public static final String BAD_DESCRIPTOR = "数据包说明文件 datapackage.json 无法读取：%s。";
    public static final String UNKNOWN_FORMAT = "数据包格式版本「%s」不是本程序所知的版本（本程序读取版本 %d），请用新版程序接收。";
    public static final String NOT_IN_MANIFEST = "数据包中的文件「%s」不在清单中，可能是后来加入的。";
    public static final String MISSING_FROM_PACKAGE = "清单中列出的文件「%s」在数据包中不存在。";
    public static final String HASH_MISMATCH = "数据包中的文件「%s」与清单记录的 SHA-256 不一致，内容已被改动。";
    public static final String BAD_MANIFEST = "数据包清单无法读取（第 %d 行）。";
    public static final String BAD_KEY = "数据包中的签名公钥无法读取。";
    public static final String BAD_SIGNATURE = "数据包清单的签名不正确：清单在签名后被改动，或签名不是这把公钥所签。";
    public static final String OTHER_SIGNER = "数据包由指纹为 %s 的密钥签名，不是为该部门登记的密钥 %s。";
    public static final String BAD_TABLE = "数据包中的「%s」第 %d 行无法读取：%s。";
    public static final String BAD_HEADER = "数据包中的「%s」列名与说明文件不一致。";

    public static final String ONE_ROW = "应当正好有一行";
    public static final String UNKNOWN_PARENT = "「%s」不在所属的表中（项目须在 projects.csv，申报表序号须在 performance_forms.csv）";
    public static final String DUPLICATE_KEY = "「%s」重复";
    public static final String CELL_EMPTY = "「%s」不能为空";
    public static final String CELL_NOT_INTEGER = "「%s」不是整数";
    public static final String CELL_NOT_MONEY = "「%s」不是以元为单位、最多两位小数的金额";
    public static final String CELL_NOT_NUMBER = "「%s」不是数字";
    public static final String CELL_NOT_CHOICE = "「%s」的取值「%s」不在允许范围内";
    public static final String COLUMN_COUNT = "列数应为 %d";

    public static final String FIELDS_WRONG = "缺少字段或字段类型不对";
    public static final String NOT_AN_OBJECT = "内容不是一个 JSON 对象";
    public static final String NOT_JSON = "不是有效的 JSON";

    private SubmissionWords() {
    }
}
