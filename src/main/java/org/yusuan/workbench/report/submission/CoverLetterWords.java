package org.yusuan.workbench.report.submission;

/**
 * The wording of the 报送函, in one place so that it can move into the report layer's bundle in one step.
 */
final class CoverLetterWords {

    static final String TITLE = "部门预算数据报送函";
    static final String PDF_TITLE = "%s %d年度部门预算数据报送函（%s）";
    static final String ADDRESSEE = "财政局：";
    static final String BODY = "现报送我部门 %d 年度部门预算（%s）数据包一份。数据包已用本单位的签名密钥签名，"
            + "请按下列信息核对：文件的清单 SHA-256 与签名公钥指纹应与数据包校验结果一致，签名公钥指纹应与为本部门登记的一致。";
    static final String DEPARTMENT = "部门";
    static final String DIVISION = "行政区划";
    static final String YEAR = "预算年度";
    static final String STAGE = "报送阶段";
    static final String FILE = "数据包文件";
    static final String PACKAGE_ID = "数据包编号";
    static final String REPLACES = "替代数据包";
    static final String CREATED = "生成时间（UTC）";
    static final String ENTRIES = "文件数";
    static final String AUDIT = "审核结果";
    static final String AUDIT_COUNTS = "错误 %d 项，警告 %d 项，提示 %d 项";
    static final String MANIFEST = "清单 SHA-256";
    static final String FINGERPRINT = "签名公钥指纹";
    static final String NONE = "无";
    static final String SEAL = "报送单位（盖章）：";
    static final String DATE = "日期：　　　　年　　月　　日";
    static final String CREATOR = "预算编制工作台 Yusuan Workbench";

    private CoverLetterWords() {
    }
}
