package org.yusuan.workbench.exchange.sheet;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of an xlsx ({@code xl/sharedStrings.xml}): each {@code <si>} is the text of
 * its {@code <t>} runs; phonetic guides ({@code <rPh>}) are not part of the text.
 */
final class SharedStringsXml extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private int phonetic;

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
        switch (local) {
            case "si" -> text.setLength(0);
            case "rPh" -> phonetic++;
            case "t" -> inText = phonetic == 0;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        switch (local) {
            case "si" -> strings.add(SafeXml.unescape(text.toString()));
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }
}
