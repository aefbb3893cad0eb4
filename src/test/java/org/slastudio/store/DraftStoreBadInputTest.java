package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DraftStoreBadInputTest {

    private static final String FULL = Fixtures.fullJson();

    /** The full fixture with one piece of text replaced; fails loudly if the piece is not there. */
    private static String change(String from, String to) {
        assertThat(FULL).contains(from);
        return FULL.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static Stream<Arguments> unreadableFiles() {
        return Stream.of(
                arguments("a stray comma", "{\"schemaVersion\": 1,\n  \"overview\": {\"title\": \"x\",}\n}",
                        new String[] {"not valid JSON", "line 2, column"}),
                arguments("a file cut off", FULL.substring(0, FULL.length() / 2), new String[] {"ends too early", "cut off"}),
                arguments("an empty file", "", new String[] {"the file is empty"}),
                arguments("only blanks", " \n\t ", new String[] {"the file is empty"}),
                arguments("a list at the top", "[1, 2]", new String[] {"one JSON object", "found a list"}),
                arguments("a text at the top", "\"SLA\"", new String[] {"one JSON object", "found the text \"SLA\""}),
                arguments("more after the end", "{\"schemaVersion\": 1, \"overview\": {}}\n{}", new String[] {"more after the end"}),
                arguments("nesting too deep", FULL.replace("\"clauses\": [", "\"clauses\": "
                        + "[".repeat(200) + "]".repeat(199) + ","), new String[] {"nested more than 64 levels", "line"}),
                arguments("a number too long", change("\"count\": 10", "\"count\": " + "9".repeat(1500)),
                        new String[] {"a number longer than 1000 digits"}),
                arguments("a text too long", change("\"heading\": \"Service credits\"", "\"heading\": \""
                        + "x".repeat(1_100_000) + "\""), new String[] {"a text longer than 1000000 characters"}),
                arguments("a field twice", change("\"title\": \"Managed Platform SLA\",",
                        "\"title\": \"A\",\n\"title\": \"B\","), new String[] {"appears twice", "\"title\""}),
                arguments("NaN", change("\"target\": 1.5", "\"target\": NaN"), new String[] {"not valid JSON", "'NaN'"}),
                arguments("single quotes", "{'schemaVersion': 1}", new String[] {"not valid JSON", "line 1, column 2"}),
                arguments("more than 10 MB", "{\"x\": \"" + " ".repeat(11 * 1024 * 1024) + "\"}",
                        new String[] {"11.0 MB", "at most 10 MB"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void anUnreadableFileGivesOneFatalProblemAndNoDraft(String what, String json, String[] fragments) {
        LoadResult result = DraftStore.read(json);

        assertThat(result.readable()).isFalse();
        assertThat(result.draft()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isTrue();
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains(fragments).doesNotContain("Exception", "StreamReadConstraints", "`");
        });
    }

    static Stream<Arguments> filesWithABadPart() {
        return Stream.of(
                arguments(change("\"amount\": 2000.00", "\"amount\": \"two thousand\""), "$.services[0].monthlyFee.amount",
                        new String[] {"expected a number such as 2000.00, found the text \"two thousand\""}),
                arguments(change("\"amount\": 2000.00", "\"amount\": \"2000.00\""), "$.services[0].monthlyFee.amount",
                        new String[] {"remove the quotes"}),
                arguments(change("\"customer-based\"", "\"customer_based\""), "$.overview.type",
                        new String[] {"\"customer_based\" is not one of the allowed values: service-based, customer-based,"
                                + " multi-level, internal"}),
                arguments(change("\"priority\": \"P1\"", "\"priority\": \"p1\""), "$.metrics[0].priorityTargets[0].priority",
                        new String[] {"P1, P2, P3, P4"}),
                arguments(change("\"priority\": \"P1\"", "\"priority\": 1"), "$.metrics[0].priorityTargets[0].priority",
                        new String[] {"expected one of P1, P2, P3, P4 (in double quotes), found the number 1"}),
                arguments(change("\"2026-01-01\"", "\"2026-02-30\""), "$.overview.effectiveDate",
                        new String[] {"\"2026-02-30\"", "year-month-day such as \"2026-01-01\""}),
                arguments(change("\"2026-01-01\"", "20260101"), "$.overview.effectiveDate",
                        new String[] {"expected a date", "found the number 20260101"}),
                arguments(change("\"from\": \"08:00\"", "\"from\": \"8am\""), "$.windows[0].hours[0].from",
                        new String[] {"\"8am\"", "a time of day such as \"08:00\""}),
                arguments(change("\"until\": \"18:00\"", "\"until\": \"24:00\""), "$.windows[0].hours[0].until",
                        new String[] {"write \"00:00\""}),
                arguments(change("\"timeZone\": \"Europe/London\"", "\"timeZone\": \"Europe/Londn\""), "$.overview.timeZone",
                        new String[] {"\"Europe/Londn\"", "\"Europe/London\""}),
                arguments(change("\"locale\": \"en-GB\"", "\"locale\": \"fr-FR\""), "$.overview.locale",
                        new String[] {"\"fr-FR\"", "one of \"en-GB\", \"en-US\" (UK or US English)"}),
                arguments(change("\"currency\": \"EUR\"", "\"currency\": \"EURO\""), "$.overview.currency",
                        new String[] {"\"EURO\"", "ISO 4217"}),
                arguments(change("\"PT15M\"", "\"15 minutes\""), "$.metrics[0].priorityTargets[0].within",
                        new String[] {"\"15 minutes\"", "\"PT15M\""}),
                arguments(change("\"PT15M\"", "\"PT2562047788015215H\""), "$.metrics[0].priorityTargets[0].within",
                        new String[] {"the text \"PT2562047788015215H\" is out of range; a time target is at most 3660 days"}),
                arguments(change("\"schemaVersion\": 2", "\"schemaVersion\": 3"), "$.schemaVersion",
                        new String[] {"written by a newer SLA Studio (schema 3); this version reads up to 2"}),
                arguments(change("\"schemaVersion\": 2,\n", ""), "$.schemaVersion",
                        new String[] {"missing", "\"schemaVersion\": 2"}),
                arguments(change("\"schemaVersion\": 2", "\"schemaVersion\": \"2\""), "$.schemaVersion",
                        new String[] {"expected a whole number such as 2, found the text \"2\""}),
                arguments(change("\"schemaVersion\": 2", "\"schemaVersion\": 0"), "$.schemaVersion",
                        new String[] {"schema 0 is not a version SLA Studio ever wrote", "reads schemas 1 to 2"}),
                arguments(change("\"parties\": [", "\"parties\": [\n null,"), "$.parties[0]",
                        new String[] {"empty entry (null)"}),
                arguments(change("\"parties\": [", "\"parties\": [\n \"Acme\","), "$.parties[0]",
                        new String[] {"expected an object { ... }, found the text \"Acme\""}),
                arguments(change("\"monthlyCapPercent\": 50", "\"monthlyCapPercent\": 1e400"), "$.creditRegime.monthlyCapPercent",
                        new String[] {"out of range"}),
                arguments(change("\"monthlyCapPercent\": 50", "\"monthlyCapPercent\": 1E+2147483648"),
                        "$.creditRegime.monthlyCapPercent", new String[] {"the number 1E+2147483648 is out of range"}),
                arguments(change("\"target\": 1.5", "\"target\": -1e-2147483648"), "$.metrics[0].target",
                        new String[] {"the number -1e-2147483648 is out of range", "e.g. 99.9"}),
                arguments(change("\"target\": 1.5", "\"target\": 1E+999999999"), "$.metrics[0].target",
                        new String[] {"the number 1E+999999999 is out of range"}),
                arguments(change("\"candidateLevels\": [\n      99.0", "\"candidateLevels\": [\n      9E+2147483648"),
                        "$.simulationAssumptions.candidateLevels[0]", new String[] {"the number 9E+2147483648 is out of range"}),
                arguments(change("\"count\": 10", "\"count\": 1E+2147483648"), "$.creditRegime.claimDeadline.count",
                        new String[] {"expected a whole number such as 30, found the number 1E+2147483648"}),
                arguments(change("\"schemaVersion\": 2", "\"schemaVersion\": 2E+2147483648"), "$.schemaVersion",
                        new String[] {"expected a whole number such as 2, found the number 2E+2147483648"}),
                arguments(change("\"noticeDays\": 90", "\"noticeDays\": 99999999999999999999999"), "$.overview.term.noticeDays",
                        new String[] {"too large", "such as 90"}),
                arguments(change("\"noticeDays\": 90", "\"noticeDays\": 90.5"), "$.overview.term.noticeDays",
                        new String[] {"expected a whole number such as 90, found the number 90.5"}),
                arguments(change("\"soleRemedy\": true", "\"soleRemedy\": \"yes\""), "$.creditRegime.soleRemedy",
                        new String[] {"expected true or false", "taken as false"}),
                arguments(change("\"percent\": 99.0,\n          \"inclusive\": true", "\"percent\": 99.0"),
                        "$.creditRegime.tiers[0].lower.inclusive", new String[] {"missing; taken as false"}),
                arguments(change("\"title\": \"Managed Platform SLA\"", "\"title\": 12"), "$.overview.title",
                        new String[] {"expected text in double quotes, found the number 12"}),
                arguments(change("\"windows\": [", "\"windows\": {}, \"x\": ["), "$.windows",
                        new String[] {"expected a list [ ... ], found an object"}),
                arguments(change("\"dueBy\": \"end-of-next-business-day\"", "\"dueBy\": \"tomorrow\""),
                        "$.metrics[0].priorityTargets[1].dueBy", new String[] {"\"tomorrow\"", "end-of-same-business-day, end-of-next-business-day"}),
                arguments(change("\"rule\": \"business-days-after-period-end\"", "\"rule\": \"working-days\""),
                        "$.creditRegime.claimDeadline.rule", new String[] {"\"working-days\"", "days-after-incident", "business-days-after-incident"}),
                arguments(change("\"calendarWindowId\": \"business\"", "\"calendarWindowId\": 7"),
                        "$.creditRegime.claimDeadline.calendarWindowId", new String[] {"expected text in double quotes, found the number 7"}),
                arguments(change("\"saturday\"", "\"samedi\""), "$.windows[0].hours[1].days[0]",
                        new String[] {"\"samedi\"", "monday, tuesday"}),
                arguments(change("\"signatory\": {", "\"signatory\": true, \"y\": {"), "$.parties[0].signatory",
                        new String[] {"expected an object { ... }, found true"}));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("filesWithABadPart")
    void aBadPartIsReportedAtItsPathAndTheRestIsStillRead(String json, String path, String[] fragments) {
        LoadResult result = DraftStore.read(json);

        assertThat(result.readable()).isTrue();
        assertThat(result.problems()).noneMatch(LoadProblem::fatal);
        assertThat(result.problems()).filteredOn(p -> p.path().equals(path)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains(fragments));
        assertThat(result.draft().agreement().services()).hasSize(1);
    }

    @Test
    void aNumberBeyondAnyDecimalStaysInTheFileAsWrittenWhenSaved() {
        String json = change("\"monthlyCapPercent\": 50", "\"monthlyCapPercent\": 1E+2147483648")
                .replace("\"schemaVersion\": 2,", "\"schemaVersion\": 2,\n  \"fromANewerVersion\": -2e-2147483648,");

        LoadResult result = DraftStore.read(json);

        assertThat(result.draft().agreement().creditRegime().monthlyCapPercent()).isNull();
        assertThat(DraftStore.write(result.draft())).contains("\"monthlyCapPercent\": 1E+2147483648",
                "\"fromANewerVersion\": -2e-2147483648");
    }

    @Test
    void aMissingOverviewIsReportedAndAnEmptyOneTakesItsPlace() {
        LoadResult result = DraftStore.read("{\"schemaVersion\": 1}");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.overview");
            assertThat(p.message()).contains("missing");
        });
        assertThat(result.draft().agreement().overview()).isNotNull();
    }

    @Test
    void aProblemReadsAsPathThenMessage() {
        LoadProblem problem = DraftStore.read(change("\"amount\": 2000.00", "\"amount\": \"two thousand\"")).problems().get(0);

        assertThat(problem).hasToString("$.services[0].monthlyFee.amount: expected a number such as 2000.00, found the text"
                + " \"two thousand\"; it was left out, and stays in the file as written until you enter a new value.");
    }

    @Test
    void aMissingFileIsUnreadableAndSaysSo(@TempDir Path folder) {
        LoadResult result = DraftStore.load(folder.resolve("gone.sla.json"));

        assertThat(result.readable()).isFalse();
        assertThat(result.problems().get(0).message()).contains("there is no file", "gone.sla.json");
    }

    @Test
    void aFolderIsNotADraft(@TempDir Path folder) {
        assertThat(DraftStore.load(folder).problems().get(0).message()).contains("is a folder");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path huge = folder.resolve("huge.sla.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Json.MAX_BYTES + 1); // sparse: refused by size, or this would be a JSON error instead
        }

        LoadResult result = DraftStore.load(huge);

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("at most 10 MB"));
    }

    @Test
    void aFileStartingWithAByteOrderMarkLoads(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bom.sla.json");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = FULL.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);

        assertThat(DraftStore.load(file).problems()).isEmpty();
        assertThat(DraftStore.read("\uFEFF" + FULL).problems()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8AreUnreadable(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.sla.json");
        Files.write(file, "{\"schemaVersion\": 1, \"overview\": {\"title\": \"Caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1));

        LoadResult result = DraftStore.load(file);

        assertThat(result.readable()).isFalse();
        assertThat(result.problems().get(0).message()).contains("line 1");
    }
}
