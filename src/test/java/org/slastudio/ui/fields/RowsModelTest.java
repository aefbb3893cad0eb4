package org.slastudio.ui.fields;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowsModelTest {
    private final RowsModel<String> rows = new RowsModel<>();

    @Test
    void addingSelectsTheNewRow() {
        rows.add("a");
        rows.add("b");

        assertThat(rows.rows()).containsExactly("a", "b");
        assertThat(rows.selected().get()).isEqualTo(1);
    }

    @Test
    void duplicatingInsertsTheCopyAfterTheOriginalAndSelectsIt() {
        rows.load(List.of("a", "b", "c"));
        rows.select(0);

        rows.duplicateSelected(s -> s + "2");

        assertThat(rows.rows()).containsExactly("a", "a2", "b", "c");
        assertThat(rows.selectedRow()).contains("a2");
    }

    @Test
    void removingTheLastRowSelectsTheOneBeforeIt() {
        rows.load(List.of("a", "b", "c"));
        rows.select(2);

        rows.removeSelected();

        assertThat(rows.rows()).containsExactly("a", "b");
        assertThat(rows.selectedRow()).contains("b");
    }

    @Test
    void removingTheOnlyRowLeavesNothingSelected() {
        rows.load(List.of("a"));

        rows.removeSelected();

        assertThat(rows.selected().get()).isEqualTo(-1);
        assertThat(rows.selectedRow()).isEmpty();
    }

    @Test
    void movingTakesTheSelectionAlongAndStopsAtTheEnds() {
        rows.load(List.of("a", "b", "c"));
        rows.select(0);

        rows.moveSelected(1);
        assertThat(rows.rows()).containsExactly("b", "a", "c");
        assertThat(rows.selectedRow()).contains("a");

        rows.select(0);
        rows.moveSelected(-1);
        assertThat(rows.rows()).containsExactly("b", "a", "c");
    }

    @Test
    void reloadingKeepsTheSelectedPositionWhereItStillExists() {
        rows.load(List.of("a", "b", "c"));
        rows.select(2);

        rows.load(List.of("x", "y"));

        assertThat(rows.selectedRow()).contains("y");
    }
}
