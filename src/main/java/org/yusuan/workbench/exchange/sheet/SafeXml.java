package org.yusuan.workbench.exchange.sheet;

import static org.yusuan.workbench.exchange.ExchangeTexts.say;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one XML parser for parts of outside files: the JDK's own SAX parser (not whatever a
 * dependency puts on the class path) with DOCTYPE declarations refused outright, so neither an
 * external entity (XXE) nor an entity expansion ("billion laughs") can be written into a part, and
 * secure processing on for its size limits. SAX reads as it goes: a part is never held whole.
 */
final class SafeXml {

    /** A handler's way to end the reading early (a limit was reached); not a fault of the XML. */
    static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    private static final Pattern OOXML_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private SafeXml() {
    }

    /**
     * Parses one part of {@code file} with {@code handler}.
     *
     * @throws UnreadableFileException naming the file and the part, when the XML is refused or broken
     * @throws IOException              as the stream throws it (the caller knows whether it is damage)
     */
    static void parse(String file, String part, InputStream in, DefaultHandler handler)
            throws UnreadableFileException, IOException {
        try {
            XMLReader reader = factory().newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(in));
        } catch (Stop stop) {
            // the handler has what it needs and has recorded why it stopped
        } catch (SAXParseException e) {
            if (isDoctype(e)) {
                throw new UnreadableFileException(say("file.doctype", file, part));
            }
            throw new UnreadableFileException(say("file.badXml", file, part, e.getLineNumber(), e.getColumnNumber()));
        } catch (SAXException e) {
            throw new UnreadableFileException(say("file.badXml", file, part, 0, 0));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
        }
    }

    /** Cell text as written: OOXML writes characters XML cannot hold as {@code _xHHHH_}. */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = OOXML_ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private static boolean isDoctype(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("DOCTYPE") || message.contains("disallow-doctype-decl");
    }

    private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }
}
