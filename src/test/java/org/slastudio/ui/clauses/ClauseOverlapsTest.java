package org.slastudio.ui.clauses;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.clauses.ClauseLibrary;
import org.slastudio.clauses.Favours;
import org.slastudio.clauses.LibraryClause;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseOverlapsTest {

    private static LibraryClause library(Section section, String heading, String text) {
        return new LibraryClause("x", section, heading, text, "", Favours.BALANCED, List.of());
    }

    @ParameterizedTest(name = "{1} beside {3}: {5}")
    @CsvSource(delimiter = '|', value = {
            // The same heading in the same section, whatever the case and punctuation.
            "SERVICE_CREDITS | Earn-back            | SERVICE_CREDITS | earn back                  | Credits are earned back.  | the same heading",
            // One heading is the other and more: the same matter, more narrowly put.
            "MEASUREMENT     | Measurement and audit| MEASUREMENT     | Measurement                | It is measured.           | its heading names the same matter",
            "SERVICE_CREDITS | Service credits      | SERVICE_CREDITS | Service credits as sole remedy | Credits are the remedy. | its heading names the same matter",
            // Different matters of one section sit side by side.
            "SERVICE_CREDITS | Earn-back            | SERVICE_CREDITS | Service credits as sole remedy | Credits are the remedy. | ",
            "SERVICE_CREDITS | Limits on service credits | SERVICE_CREDITS | Service credits        | Credits are the remedy.   | ",
            // A word that merely starts the other is no shared subject.
            "REPORTING       | Report               | REPORTING       | Reporting                  | Reports monthly.          | ",
            // The same heading in another section is another subject.
            "ESCALATION      | Escalation           | TERMINATION     | Escalation                 | Escalate.                 | ",
            // A clause without a heading is only compared by what it defines.
            "EXCLUSIONS      | Exclusions           | EXCLUSIONS      |                            | Nothing is excluded.      | ",
            // Two definitions of one term conflict wherever they stand.
            "DEFINITIONS     | Definition of Downtime | MEASUREMENT   | Measurement                | \"Downtime\" means any outage. | both define \"Downtime\"",
            "DEFINITIONS     | Definition of Downtime | DEFINITIONS   | Definitions                | In this Agreement \u201Cdowntime\u201D shall mean an outage. | both define \"downtime\"",
    })
    void aLibraryClauseMeetsADraftClauseOnTheSameSubjectOnlyByHeadingInItsSectionOrByATermBothDefine(
            Section librarySection, String libraryHeading, Section draftSection, String draftHeading, String draftText,
            String why) {
        LibraryClause candidate = library(librarySection, libraryHeading, "\"Downtime\" means a period the Service is unavailable.");
        List<Clause> draft = List.of(new Clause(Section.OVERVIEW, "Purpose", "This agreement sets service levels."),
                new Clause(draftSection, draftHeading, draftText));

        List<ClauseOverlaps.Overlap> found = ClauseOverlaps.of(candidate, draft);

        if (why == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).extracting(ClauseOverlaps.Overlap::index, ClauseOverlaps.Overlap::why)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, why));
        }
    }

    @Test
    void theTermsAClauseDefinesAreReadFromItsQuotedWordsBeforeMeans() {
        LibraryClause core = ClauseLibrary.builtIn().find("definitions-core").orElseThrow();

        assertThat(ClauseOverlaps.definedTerms(core.text())).containsExactly("Downtime", "Monthly Availability",
                "Service Credit", "Force Majeure Event");
        assertThat(ClauseOverlaps.definedTerms("The \"Schedule\" lists the fees; \"Fees\" has the meaning given in it."))
                .containsExactly("Fees");
    }

    @Test
    void anOverlapIsDescribedByTheClausesHeadingSectionAndWhy() {
        LibraryClause downtime = ClauseLibrary.builtIn().find("definitions-downtime-customer").orElseThrow();
        List<Clause> draft = List.of(ClauseLibrary.builtIn().find("definitions-core").orElseThrow().toClause(),
                new Clause(Section.DEFINITIONS, "", "\"Downtime\" means any minute lost."));

        assertThat(ClauseOverlaps.of(downtime, draft)).extracting(ClauseOverlaps.Overlap::described).containsExactly(
                "\"Core definitions\" in the Definitions section: both define \"Downtime\"",
                "\"Clause 2\" in the Definitions section: both define \"Downtime\"");
    }
}
