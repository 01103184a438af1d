package org.yusuan.workbench.report.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.yusuan.workbench.calc.SampleFixture;
import org.yusuan.workbench.domain.publication.BookletOptions;
import org.yusuan.workbench.report.booklet.BookletWriter;
import org.yusuan.workbench.service.BookletExport;

/**
 * The archival booklet, forms and pie included, is valid PDF/A-2b as veraPDF (the reference
 * validator) sees it; the final and the draft are plain PDF and do not claim to be PDF/A.
 */
class ArchivalBookletTest {

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theArchivalBookletIsValidPdfA2b() throws Exception {
        ValidationResult result = validate(booklet(BookletOptions.ARCHIVAL), PDFAFlavour.PDFA_2_B);

        String failures = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
                .distinct().collect(Collectors.joining("\n"));
        assertThat(failures).isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theFinalAndTheDraftDoNotClaimToBePdfA(boolean draft) throws Exception {
        byte[] plain = booklet(draft ? BookletOptions.draft(BookletOptions.DEFAULT_WATERMARK) : BookletOptions.FINAL);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(plain)))) {
            assertThat(pdf.getCatalog().getPdfObject().get(PdfName.OutputIntents)).isNull();
            byte[] xmp = pdf.getXmpMetadataBytes();
            assertThat(new String(xmp == null ? new byte[0] : xmp, StandardCharsets.UTF_8)).doesNotContain("pdfaid");
        }
    }

    private static byte[] booklet(BookletOptions options) {
        var content = BookletExport.content(SampleFixture.budget(), SampleFixture.CHART);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookletWriter.write(content, options, new BookletForms(), out);
        return out.toByteArray();
    }

    private static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            assertThat(parser.getFlavour()).as("the flavour the file claims").isEqualTo(flavour);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser);
        }
    }
}
