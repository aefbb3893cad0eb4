package org.slastudio.ui;

import org.slastudio.model.Agreement;
import org.slastudio.ui.start.ExampleAgreement;

import java.util.List;

/** Starters for tests: blank, and an example made in code rather than read from the templates. */
public final class TestStarters {
    public static final List<Starter> BLANK_AND_EXAMPLE = List.of(
            Starter.of("blank", "Blank draft", "An empty agreement.", Agreement::blank),
            Starter.of(AppModel.EXAMPLE, "Managed hosting", "A complete agreement.", ExampleAgreement::managedHosting));

    private TestStarters() {
    }
}
