package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class MigrationsTest {

    /** A made-up earlier format in which the overview's title was called "name". */
    private static final Migration TITLE_WAS_NAME = new Migration(0, "overview.name became overview.title", root -> {
        JsonNode overview = root.get("overview");
        if (overview instanceof ObjectNode o && o.has("name")) {
            o.set("title", o.remove("name"));
        }
    });

    private static final String VERSION_ZERO = "{\"schemaVersion\": 0, \"overview\": {\"name\": \"Old SLA\"}}";

    @Test
    void anOlderFileIsUpgradedBeforeItIsRead() {
        LoadResult result = DraftStore.read(VERSION_ZERO, new Migrations(1, List.of(TITLE_WAS_NAME)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.draft().agreement().overview().title()).isEqualTo("Old SLA");
    }

    @Test
    void anUpgradedFileIsSavedInTheCurrentVersion() {
        Draft draft = DraftStore.read(VERSION_ZERO, new Migrations(1, List.of(TITLE_WAS_NAME))).draft();

        assertThat(DraftStore.write(draft)).startsWith("{\n  \"schemaVersion\": 2,\n  \"overview\": {\n    \"title\": \"Old SLA\"");
    }

    @Test
    void migrationsRunInOrderOneStepAtATime() {
        Migration oneToTwo = new Migration(1, "title is shouted", root -> {
            ObjectNode overview = (ObjectNode) root.get("overview");
            overview.put("title", overview.get("title").asString().toUpperCase());
        });

        LoadResult result = DraftStore.read(VERSION_ZERO, new Migrations(2, List.of(oneToTwo, TITLE_WAS_NAME)));

        assertThat(result.draft().agreement().overview().title()).isEqualTo("OLD SLA");
    }

    @Test
    void withoutAStepFromTheFilesVersionTheFileIsReadAsTheCurrentVersionAndThatIsReported() {
        LoadResult result = DraftStore.read(VERSION_ZERO, Migrations.STANDARD);

        assertThat(result.readable()).isTrue();
        assertThat(result.problems()).extracting(LoadProblem::path).containsExactlyInAnyOrder("$.schemaVersion", "$.overview.name");
        assertThat(result.problems().get(0).message()).contains("schema 0 is not a version SLA Studio ever wrote");
    }

    @Test
    void theOldestReadableVersionFollowsTheChain() {
        assertThat(new Migrations(1, List.of(TITLE_WAS_NAME)).oldest()).isZero();
        assertThat(Migrations.STANDARD.oldest()).isEqualTo(1);
        assertThat(Migrations.STANDARD.current()).isEqualTo(2);
    }
}
