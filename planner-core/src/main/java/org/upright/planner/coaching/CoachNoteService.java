package org.upright.planner.coaching;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.LifterAccess;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.coaching.internal.CoachNoteEntity;
import org.upright.planner.coaching.internal.CoachNoteRepository;
import org.upright.planner.common.StaleEditException;

/**
 * Private notes a coach keeps about each client. Only the current coach reads or writes them; the
 * client never sees them, and a former coach keeps no access.
 */
@Service
public class CoachNoteService {

    private final CoachNoteRepository notes;
    private final LifterAccess access;
    private final Clock clock;

    CoachNoteService(CoachNoteRepository notes, LifterAccess access, Clock clock) {
        this.notes = notes;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    public CoachNote noteAbout(long lifterId) {
        SignedInAccount me = access.requireAccess(lifterId);
        return notes.findById(new CoachNoteEntity.Key(me.id(), lifterId))
                .map(n -> new CoachNote(n.note(), n.version(), Optional.of(n.updatedAt())))
                .orElse(new CoachNote("", CoachNote.NEVER_SAVED, Optional.empty()));
    }

    /**
     * @throws StaleEditException when the note was saved elsewhere (another tab) in between
     * @throws IllegalArgumentException when the note is longer than {@link CoachNote#MAX_LENGTH}
     */
    @PreAuthorize("hasRole('COACH')")
    @Transactional
    public CoachNote save(long lifterId, String text, long expectedVersion) {
        SignedInAccount me = access.requireAccess(lifterId);
        String clean = text == null ? "" : text.strip();
        if (clean.length() > CoachNote.MAX_LENGTH) {
            throw new IllegalArgumentException("note must be at most " + CoachNote.MAX_LENGTH + " characters");
        }
        CoachNoteEntity.Key key = new CoachNoteEntity.Key(me.id(), lifterId);
        CoachNoteEntity entity = notes.findById(key).orElse(null);
        long current = entity == null ? CoachNote.NEVER_SAVED : entity.version();
        if (current != expectedVersion) {
            throw new StaleEditException("This note was changed in another window. Reload to see it.");
        }
        if (entity == null) {
            entity = new CoachNoteEntity(key);
        }
        entity.write(clean, clock.instant());
        CoachNoteEntity saved = notes.saveAndFlush(entity);
        return new CoachNote(saved.note(), saved.version(), Optional.of(saved.updatedAt()));
    }
}
