package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocListener;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slastudio.model.Agreement;
import org.slastudio.store.Draft;

/**
 * The numbered headings of an exported agreement, each with the section it is in and the tables under it, read off
 * the agreement as it is laid out: so a reference to "clause 5.3 (Service levels), Table 3" names what the reader
 * of that version sees, whatever numbering the agreement's layout gives it.
 */
final class AgreementOutline {
    private static final Pattern TABLE = Pattern.compile("^(Table \\d+): (.+)$");

    /** A numbered heading: a section ("5", level 1) or a clause ("5.3", level 2). */
    record Heading(String number, String caption, int level, String section, List<Table> tables) {
        /** "Clause 5.3 (Service levels)". */
        String cited() {
            return "Clause " + number + " (" + short_(caption) + ")";
        }
    }

    /** "Table 3" with its caption, "Availability targets and the downtime they allow". */
    record Table(String label, String caption) {
    }

    private final List<Heading> headings;

    private AgreementOutline(List<Heading> headings) {
        this.headings = List.copyOf(headings);
    }

    static AgreementOutline of(Agreement agreement, ExportOptions options) {
        Collector collector = new Collector();
        try {
            AgreementPdf.write(Draft.of(agreement), options, OutputStream.nullOutputStream(), collector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AgreementOutline(collector.finished());
    }

    /**
     * The same outline from the agreement's blocks, without laying out a page: the clause numbers are the ones the PDF
     * gives, as both are numbered by {@link AgreementDocument}; cheap enough for a document that only cites clauses.
     */
    static AgreementOutline ofBlocks(Draft draft, ExportOptions options) {
        List<Heading> headings = new ArrayList<>();
        List<Table> tables = null;
        String section = null;
        for (Blocks.Block block : WordDocument.blocks(draft, options).blocks()) {
            if (block instanceof Blocks.Heading h) {
                section = h.level() == 1 ? h.title() : section;
                tables = new ArrayList<>();
                headings.add(new Heading(h.number(), h.title(), h.level(), section, tables));
            } else if (block instanceof Blocks.Table t && tables != null && t.caption() != null) {
                Matcher m = TABLE.matcher(t.caption().strip());
                if (m.matches()) {
                    tables.add(new Table(m.group(1), m.group(2)));
                }
            }
        }
        return new AgreementOutline(headings.stream().map(h -> new Heading(h.number(), h.caption(), h.level(), h.section(),
                List.copyOf(h.tables()))).toList());
    }

    List<Heading> headings() {
        return headings;
    }

    /** The section with this caption. */
    Optional<Heading> section(String caption) {
        return headings.stream().filter(h -> h.level() == 1 && h.caption().equals(caption)).findFirst();
    }

    /** The first clause of the section (null: any section) whose caption passes. */
    Optional<Heading> clause(String section, Predicate<String> caption) {
        return headings.stream().filter(h -> h.level() == 2 && (section == null || section.equals(h.section()))
                && caption.test(h.caption())).findFirst();
    }

    Optional<Heading> clause(String section, String caption) {
        return clause(section, caption::equals);
    }

    /**
     * A party's clause is captioned with its name and role, "Contoso Retail Plc (the “Customer”)"; a reference
     * names the party only.
     */
    static String short_(String caption) {
        return caption.replaceFirst(" \\(the “[^”]*”\\)$", "");
    }

    /** Headings in the body, as their paragraphs go onto the pages; the contents page lists them in a table. */
    private static final class Collector implements DocListener {
        private final List<Heading> headings = new ArrayList<>();
        private final List<List<Table>> tables = new ArrayList<>();
        private String section;

        @Override
        public boolean add(Element element) {
            if (!(element instanceof Paragraph p)) {
                return false;
            }
            Chunk tagged = null;
            for (Element e : p) {
                if (e instanceof Chunk c && c.hasAttributes() && c.getChunkAttributes().containsKey(Chunk.GENERICTAG)) {
                    tagged = c;
                }
            }
            if (tagged != null && !p.isEmpty() && p.get(0) instanceof Chunk number) {
                String n = number.getContent().strip();
                int level = n.contains(".") ? 2 : 1;
                if (level == 1) {
                    section = tagged.getContent();
                }
                List<Table> own = new ArrayList<>();
                headings.add(new Heading(n, tagged.getContent(), level, section, own));
                tables.add(own);
                return true;
            }
            Matcher m = TABLE.matcher(p.getContent().strip());
            if (m.matches() && !tables.isEmpty()) {
                tables.get(tables.size() - 1).add(new Table(m.group(1), m.group(2)));
            }
            return true;
        }

        List<Heading> finished() {
            List<Heading> out = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                Heading h = headings.get(i);
                out.add(new Heading(h.number(), h.caption(), h.level(), h.section(), List.copyOf(tables.get(i))));
            }
            return out;
        }

        @Override
        public void open() {
        }

        @Override
        public void close() {
        }

        @Override
        public boolean newPage() {
            return true;
        }

        @Override
        public boolean setPageSize(Rectangle pageSize) {
            return true;
        }

        @Override
        public boolean setMargins(float left, float right, float top, float bottom) {
            return true;
        }

        @Override
        public boolean setMarginMirroring(boolean on) {
            return true;
        }

        @Override
        public boolean setMarginMirroringTopBottom(boolean on) {
            return true;
        }

        @Override
        public void setPageCount(int pageN) {
        }

        @Override
        public void resetPageCount() {
        }

        @Override
        public void setHeader(HeaderFooter header) {
        }

        @Override
        public void resetHeader() {
        }

        @Override
        public void setFooter(HeaderFooter footer) {
        }

        @Override
        public void resetFooter() {
        }
    }
}
