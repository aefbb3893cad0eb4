package org.slastudio.ui;

import org.slastudio.model.Agreement;
import org.slastudio.store.Autosave;
import org.slastudio.store.Draft;
import org.slastudio.store.Recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Recovery copies through the store's autosave folder. */
public final class StoreRecovery implements RecoveryCopies {
    /** The one window's draft before it has a file. */
    static final String UNTITLED = "Untitled draft";

    private final Autosave autosave;

    public StoreRecovery(Autosave autosave) {
        this.autosave = autosave;
    }

    @Override
    public void keep(Path file, Agreement agreement, Object carried) throws IOException {
        Draft draft = carried instanceof Draft d ? d.withAgreement(agreement) : Draft.of(agreement);
        if (file == null) {
            autosave.saveUntitled(UNTITLED, draft);
        } else {
            autosave.save(file, draft);
        }
    }

    @Override
    public void discard(Path file) throws IOException {
        for (Recovery r : autosave.pending()) {
            boolean same = file == null ? r.original() == null && UNTITLED.equals(r.untitledName())
                    : file.toAbsolutePath().normalize().equals(r.original());
            if (same) {
                autosave.discard(r);
            }
        }
    }

    @Override
    public List<Pending> pending() throws IOException {
        return autosave.pending().stream().map(r -> new Pending(r.displayName(), r.original(), r.savedAt(),
                () -> StoreFiles.opened(r.load()), () -> autosave.discard(r))).toList();
    }
}
