package org.slastudio.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.slastudio.store.Draft;

/** A Word document we wrote, read back with Apache POI: its parts, and what the OOXML schema says of them. */
final class ExportedWord {
    private ExportedWord() {
    }

    static byte[] export(Draft draft, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WordDocument.write(draft, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a part, e.g. {@code /word/document.xml}. */
    static String part(byte[] docx, String name) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            PackagePart part = pkg.getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(name));
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every schema error in the document's WordprocessingML parts; empty where they are valid. */
    static List<String> schemaErrors(byte[] docx) {
        List<String> errors = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName();
                if (!name.startsWith("/word/")) {
                    continue;
                }
                try (InputStream in = part.getInputStream()) {
                    XmlObject xml = parse(name, in);
                    if (xml == null) {
                        continue;
                    }
                    List<XmlError> found = new ArrayList<>();
                    xml.validate(new XmlOptions().setErrorListener(found));
                    found.forEach(e -> errors.add(name + ": " + e.getMessage()));
                }
            }
        } catch (Exception e) {
            errors.add("cannot open the package: " + e);
        }
        return errors;
    }

    private static XmlObject parse(String name, InputStream in) throws XmlException, IOException {
        if (name.equals("/word/document.xml")) {
            return DocumentDocument.Factory.parse(in);
        } else if (name.equals("/word/styles.xml")) {
            return StylesDocument.Factory.parse(in);
        } else if (name.equals("/word/numbering.xml")) {
            return NumberingDocument.Factory.parse(in);
        } else if (name.equals("/word/settings.xml")) {
            return SettingsDocument.Factory.parse(in);
        } else if (name.startsWith("/word/header")) {
            return HdrDocument.Factory.parse(in);
        } else if (name.startsWith("/word/footer")) {
            return FtrDocument.Factory.parse(in);
        }
        return null;
    }
}
