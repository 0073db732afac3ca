package org.upright.planner.coaching;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.CurrentUser;
import org.upright.planner.account.SignedInAccount;
import org.upright.planner.coaching.internal.CoachNoteEntity;
import org.upright.planner.coaching.internal.CoachNoteRepository;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.common.Text;
import org.upright.planner.common.TypedText;

/**
 * Private notes a coach keeps about each client. Only the current coach reads or writes them; the
 * client never sees them, and a former coach keeps no access.
 */
@Service
public class CoachNoteService {

    private final CoachNoteRepository notes;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoachNoteService(CoachNoteRepository notes, CurrentUser currentUser, Clock clock) {
        this.notes = notes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CoachNote noteAbout(@LifterId(Who.COACH_ONLY) long lifterId) {
        SignedInAccount me = currentUser.require();
        return notes.findById(new CoachNoteEntity.Key(me.id(), lifterId))
                .map(n -> new CoachNote(n.note(), n.version(), Optional.of(n.updatedAt())))
                .orElse(new CoachNote("", CoachNote.NEVER_SAVED, Optional.empty()));
    }

    /**
     * @throws StaleEditException when the note was saved elsewhere (another tab) in between
     * @throws CoachNoteRejected when the note is longer than {@link CoachNote#MAX_LENGTH} or cannot be stored
     */
    /** The note as it will be stored, or a refusal in words when it cannot be. */
    static String requireStorable(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > CoachNote.MAX_LENGTH) {
            throw new CoachNoteRejected(Text.of("domain.refused.coachNote.tooLong", CoachNote.MAX_LENGTH));
        }
        TypedText.problem(clean).ifPresent(problem -> {
            throw new CoachNoteRejected(problem);
        });
        return clean;
    }

    @Transactional
    public CoachNote save(@LifterId(Who.COACH_ONLY) long lifterId, String text, long expectedVersion) {
        SignedInAccount me = currentUser.require();
        String clean = requireStorable(text);
        CoachNoteEntity.Key key = new CoachNoteEntity.Key(me.id(), lifterId);
        CoachNoteEntity entity = notes.findById(key).orElse(null);
        long current = entity == null ? CoachNote.NEVER_SAVED : entity.version();
        if (current != expectedVersion) {
            throw new StaleEditException(Text.of("domain.refused.stale.coachNote"));
        }
        if (entity == null) {
            entity = new CoachNoteEntity(key);
        }
        entity.write(clean, clock.instant());
        CoachNoteEntity saved = notes.saveAndFlush(entity);
        return new CoachNote(saved.note(), saved.version(), Optional.of(saved.updatedAt()));
    }
}
