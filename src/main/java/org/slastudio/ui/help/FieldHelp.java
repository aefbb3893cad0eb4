package org.slastudio.ui.help;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each field of the wizard means in the contract, keyed by control id, from {@code fields.json}. An entry names
 * a glossary term, whose meaning is then the help, or gives its own text (and may name a term as well, for the
 * glossary to open on). Ids of repeated rows are written with {@code n} for the row's number and {@code day} for the
 * weekday: {@code credits-tier-n-lower}, {@code windows-day-hours}.
 */
public final class FieldHelp {
    private static final String RESOURCE = "fields.json";
    private static FieldHelp standard;

    /** The help of one field: the glossary term it is about, if any, and the words shown. */
    public record Entry(String term, String text) {
    }

    private final Map<String, Entry> byPattern;

    FieldHelp(Map<String, Entry> byPattern) {
        this.byPattern = Map.copyOf(byPattern);
    }

    public static synchronized FieldHelp standard() {
        if (standard == null) {
            standard = read(Glossary.standard());
        }
        return standard;
    }

    static FieldHelp read(Glossary glossary) {
        Map<String, Entry> entries = new HashMap<>();
        for (JsonNode f : HelpTexts.json(RESOURCE).get("fields")) {
            String term = HelpTexts.optional(f, "term");
            String text = HelpTexts.optional(f, "help");
            if (term != null && glossary.term(term).isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": no glossary term \"" + term + "\" for " + f.get("ids"));
            }
            if (text == null && term == null) {
                throw new IllegalStateException(RESOURCE + ": " + f.get("ids") + " has neither \"help\" nor \"term\"");
            }
            Entry entry = new Entry(term, text != null ? text : glossary.term(term).orElseThrow().meaning());
            for (JsonNode id : f.get("ids")) {
                if (entries.put(id.asString(), entry) != null) {
                    throw new IllegalStateException(RESOURCE + ": " + id.asString() + " is given twice");
                }
            }
        }
        return new FieldHelp(entries);
    }

    /** The help shown beside the control, as its tooltip and accessible help. */
    public Optional<String> text(String controlId) {
        return entry(controlId).map(Entry::text);
    }

    /** The glossary term a control is about. */
    public Optional<String> term(String controlId) {
        return entry(controlId).map(Entry::term);
    }

    public Optional<Entry> entry(String controlId) {
        return controlId == null ? Optional.empty() : Optional.ofNullable(byPattern.get(pattern(controlId)));
    }

    /** Every id pattern the resource gives help for. */
    public Set<String> patterns() {
        return byPattern.keySet();
    }

    private static final List<String> DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** {@code credits-tier-2-lower} is {@code credits-tier-n-lower}; {@code windows-monday-open} is {@code windows-day-open}. */
    public static String pattern(String controlId) {
        String p = controlId.replaceAll("-\\d+(?=-|$)", "-n");
        for (String day : DAYS) {
            p = p.replace("-" + day + "-", "-day-");
        }
        return p;
    }
}
