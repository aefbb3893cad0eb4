package org.slastudio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The definitions a draft writes in its own definitions clause, read sentence by sentence so that they can join the
 * generated list: {@code "Downtime" means ...}. A clause with any sentence that is not a definition is left whole,
 * as the drafter may have meant its sentences to be read together.
 */
final class OwnDefinitions {
    private static final Pattern LEAD_IN = Pattern.compile("^(In this (Agreement|Schedule)[,:]?\\s+)");
    /** A definition begins with its quoted term: a new one starts after the end of a sentence or of a semicolon's part. */
    private static final Pattern START = Pattern.compile("(?<=[.;])\\s+(?=[\"“][^\"“”]+[\"”])");
    private static final Pattern TERM = Pattern.compile("^[\"“]([^\"“”]+)[\"”]\\s*(.+)$", Pattern.DOTALL);

    private OwnDefinitions() {
    }

    /** @return the definitions, each as its term and the words after it; empty unless every sentence defines a term */
    static List<Definitions.Term> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = LEAD_IN.matcher(text.strip()).replaceFirst("");
        List<Definitions.Term> terms = new ArrayList<>();
        for (String part : START.split(t)) {
            Matcher m = TERM.matcher(part.strip());
            if (!m.matches()) {
                return List.of();
            }
            String meaning = m.group(2).strip();
            if (meaning.endsWith(";")) {
                meaning = meaning.substring(0, meaning.length() - 1) + ".";
            } else if (!meaning.endsWith(".")) {
                meaning = meaning + ".";
            }
            terms.add(new Definitions.Term(m.group(1).strip(), Wording.curlyQuotes(meaning)));
        }
        return terms;
    }
}
