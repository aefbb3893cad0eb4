package org.slastudio.ui.help;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The help's texts as shipped: the glossary, the field help that refers to it, the guide and the README's screens. */
class HelpTextsTest {
    private final Glossary glossary = Glossary.standard();

    @Test
    void theGlossaryExplainsEveryTermTheWizardLeavesToTheReader() {
        assertThat(glossary.terms()).extracting(Glossary.Term::name).contains(
                "Business importance", "Cost multiplier per nine", "Clock starts", "Fee basis", "Earn-back",
                "At-risk amount", "Pool allocation", "Credit tier", "Tier bounds", "Credits are owed", "Minimum outage",
                "Measurement method", "Maintenance convention", "Claim deadline", "Sole remedy",
                "Critical service level and key measurement", "Priority", "Response time and resolution time",
                "Measurement period", "Availability window", "Business Days", "Cap in days of fees", "Minimum credit");
        assertThat(glossary.terms()).extracting(t -> t.name().toLowerCase()).doesNotHaveDuplicates();
        assertThat(glossary.terms()).allSatisfy(t -> assertThat(t.meaning()).hasSizeGreaterThan(40).endsWith("."));
    }

    @Test
    void theBusinessImportanceScaleIsStatedWithWhatItDoesAndDoesNotChange() {
        assertThat(glossary.term("Business importance").orElseThrow().meaning())
                .contains("1 (minor) to 5 (critical to the business)").contains("3 when not given").contains("no credit");
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', value = {
            "earn-back             | Earn-back",
            "EARN-BACK             | Earn-back",
            "cap                   | Cap in days of fees",
            "  sole   remedy       | Sole remedy",
            "nine                  | Cost multiplier per nine",
            "critical              | Critical service level and key measurement",
            "fault report          | Clock starts",
    })
    void searchingFindsATermByItsNameBeforeTermsThatOnlyMentionIt(String query, String first) {
        List<Glossary.Term> found = glossary.matching(query);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).name()).isEqualTo(first);
    }

    @Test
    void searchingNeedsEveryWordAndABlankSearchShowsEverything() {
        assertThat(glossary.matching("claim business")).extracting(Glossary.Term::name).contains("Claim deadline", "Business Days")
                .allSatisfy(name -> assertThat(glossary.term(name).orElseThrow().mentions("claim")).isTrue());
        assertThat(glossary.matching("quantum")).isEmpty();
        assertThat(glossary.matching("  ")).isEqualTo(glossary.terms());
        assertThat(glossary.matching(null)).isEqualTo(glossary.terms());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "overview-title                  | overview-title",
            "credits-tier-0-lower            | credits-tier-n-lower",
            "credits-tier-12-lower-inclusive | credits-tier-n-lower-inclusive",
            "services-level-2-target         | services-level-n-target",
            "metrics-priority-3-within       | metrics-priority-n-within",
            "windows-maintenance-0-notice    | windows-maintenance-n-notice",
            "windows-monday-open             | windows-day-open",
            "windows-sunday-hours            | windows-day-hours",
            "credits-rolling-cap             | credits-rolling-cap",
    })
    void rowsAndWeekdaysShareTheHelpOfTheirField(String id, String pattern) {
        assertThat(FieldHelp.pattern(id)).isEqualTo(pattern);
    }

    @Test
    void fieldHelpNamingATermSaysWhatTheGlossarySaysAndOwnTextWinsOverIt() {
        FieldHelp help = FieldHelp.standard();
        assertThat(help.text("credits-fee-basis")).contains(glossary.term("Fee basis").orElseThrow().meaning());
        assertThat(help.term("credits-tier-3-lower")).contains("Tier bounds");
        assertThat(help.text("credits-tier-3-lower").orElseThrow()).contains("lower edge")
                .isNotEqualTo(glossary.term("Tier bounds").orElseThrow().meaning());
        assertThat(help.text("windows-friday-hours")).isEqualTo(help.text("windows-monday-hours"));
        assertThat(help.text("no-such-field")).isEmpty();
        assertThat(help.text(null)).isEmpty();
    }

    @Test
    void theGuideHasAChapterForEachThingAUserDoes() {
        assertThat(Guide.standard().chapters()).extracting(Guide.Chapter::title)
                .containsExactly("Getting started", "Drafting", "Reviewing", "Negotiating", "Exporting", "After signing");
        assertThat(Guide.standard().chapters()).allSatisfy(c -> assertThat(c.paragraphs()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void theGuideJoinsTheLinesOfAParagraphAndKeepsListItemsApart() {
        Guide guide = Guide.parse("text before any chapter is dropped\n\n## One\n\nFirst line\nsecond line.\n\n"
                + "- an item\n- another\ncontinued\n## Two\nLast.");
        assertThat(guide.chapters()).containsExactly(
                new Guide.Chapter("One", List.of("First line second line.", "• an item", "• another continued")),
                new Guide.Chapter("Two", List.of("Last.")));
    }

    @Test
    void everyScreenOfTheReadmesTableIsShippedWithItsPicture() {
        Screens screens = Screens.standard();
        assertThat(screens.screens()).extracting(Screens.Screen::caption).contains("Start screen", "Service credits", "Simulator");
        assertThat(screens.screens()).hasSizeGreaterThanOrEqualTo(13)
                .allSatisfy(s -> assertThat(screens.image(s)).as(s.file()).isPresent());
    }

    @Test
    void aReadmeRowIsReadForItsCaptionAndFileAndOtherLinesAreNot() {
        Screens screens = Screens.parse("""
                | Screen | File |
                |---|---|
                | Start screen | [start-screen.png](docs/screenshots/start-screen.png) |
                ![The simulator](docs/screenshots/simulator.png)
                | Compare with the customer's draft | [compare.png](docs/screenshots/compare.png) |
                """);
        assertThat(screens.screens()).containsExactly(new Screens.Screen("Start screen", "start-screen.png"),
                new Screens.Screen("Compare with the customer's draft", "compare.png"));
    }
}
