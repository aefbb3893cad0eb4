package org.slastudio.ui;

import org.slastudio.model.Agreement;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.store.LoadProblem;
import org.slastudio.store.LoadResult;

import java.io.IOException;
import java.nio.file.Path;

/** Draft files through the store: its loading problems become messages, saving is its atomic save. */
public final class StoreFiles implements DraftFiles {

    @Override
    public Opened open(Path file) {
        return opened(DraftStore.load(file));
    }

    @Override
    public void save(Path file, Agreement agreement, Object carried) throws IOException {
        Draft draft = carried instanceof Draft d ? d.withAgreement(agreement) : Draft.of(agreement);
        DraftStore.save(file, draft);
    }

    static Opened opened(LoadResult result) {
        return new Opened(result.readable() ? result.draft().agreement() : null,
                result.problems().stream().map(LoadProblem::toString).toList(),
                result.readable() ? result.draft() : null);
    }
}
