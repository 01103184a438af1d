package org.yusuan.workbench.service;

/**
 * The sentences the submission use cases say to a person, kept together so that they can move into
 * the service layer's bundle in one step.
 */
final class ServiceWords {

    static final String KEY_UNREADABLE = "签名密钥「%s」无法读取，请检查文件是否完整。";

    static final String UNKNOWN_STAGE = "报送阶段「%s」不是 %s 之一。";

    static final String NO_PACKAGE = "找不到数据包「%s」";

    /** The file name of the 报送函 after the package's own name without {@code .yspkg}. */
    static final String COVER_LETTER_SUFFIX = "-报送函.pdf";

    private ServiceWords() {
    }
}
