package org.yusuan.workbench.service.bureau;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yusuan.workbench.domain.budget.FieldLengths;
import org.yusuan.workbench.exchange.submission.Signatures;
import org.yusuan.workbench.text.Csv;
import org.yusuan.workbench.text.Texts;

/**
 * A bureau's list of signers, a file from outside: {@code 部门编码,公钥指纹} per line after a header,
 * UTF-8 (a byte-order mark allowed), at most 1 MB and 10,000 lines. Read whole or refused whole, with
 * the line that is wrong (data-formats §5).
 *
 * @param signers department code → fingerprint in its printed form; empty when refused
 * @param refusal why the list was refused; null when every line was read
 */
public record SignerList(Map<String, String> signers, String refusal) {

    private static final Texts TEXTS = Texts.of("org.yusuan.workbench.service");
    /** A list of signers is a small file: the departments of one bureau, one line each. */
    private static final long MAX_BYTES = 1 << 20;
    private static final int MAX_SIGNERS = 10_000;

    public SignerList {
        signers = Map.copyOf(signers);
    }

    public int registered() {
        return signers.size();
    }

    static SignerList read(Path csv) throws IOException {
        long size = Files.size(csv);
        if (size > MAX_BYTES) {
            return refused(TEXTS.get("bureau.signerListTooLarge", csv.getFileName(), size));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(csv))).toString();
        } catch (CharacterCodingException e) {
            return refused(TEXTS.get("bureau.signerListNotUtf8", csv.getFileName()));
        }
        // Csv skips a byte-order mark, which Excel writes at the start of "CSV UTF-8".
        List<List<String>> rows = Csv.parse(text, MAX_SIGNERS + 1);
        if (rows.size() > MAX_SIGNERS + 1) {
            return refused(TEXTS.get("bureau.signerListTooLong", csv.getFileName(), MAX_SIGNERS));
        }
        Map<String, String> signers = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            String code = row.isEmpty() ? "" : row.get(0).strip();
            Optional<String> fingerprint = row.size() == 2 ? Signatures.canonicalFingerprint(row.get(1))
                    : Optional.empty();
            if (code.isEmpty() || code.length() > FieldLengths.SHORT || fingerprint.isEmpty()) {
                return refused(TEXTS.get("bureau.signerListBadLine", csv.getFileName(), i + 1));
            }
            signers.put(code, fingerprint.get());
        }
        return new SignerList(signers, null);
    }

    private static SignerList refused(String refusal) {
        return new SignerList(Map.of(), refusal);
    }
}
