package org.upright.planner.coaching;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.common.LifterId;
import org.upright.planner.common.LifterId.Who;
import org.upright.planner.common.StaleEditException;

/**
 * The coach's settings dialog for a client saves here, as one unit: the targets and the private
 * note are stored together or not at all. Saving them one after the other let a refused note leave
 * the targets already changed while the screen said nothing was saved.
 */
@Service
public class ClientSettingsService {

    private final ProfileService profiles;
    private final CoachNoteService notes;

    ClientSettingsService(ProfileService profiles, CoachNoteService notes) {
        this.profiles = profiles;
        this.notes = notes;
    }

    /**
     * Stores the client's profile and the coach's note about them in one transaction.
     *
     * @param noteVersion the note's version when the dialog read it
     * @throws CoachNoteRejected when the note cannot be stored; nothing was written
     * @throws StaleEditException when the profile or the note changed elsewhere; nothing was written
     */
    @Transactional
    public ClientSettings save(
            @LifterId(Who.COACH_ONLY) long lifterId, TrainingProfile profile, String note, long noteVersion) {
        // The note is checked before anything is written; the transaction covers what can only
        // fail while writing (someone else saving in between).
        CoachNoteService.requireStorable(note);
        TrainingProfile savedProfile = profiles.update(lifterId, profile);
        CoachNote savedNote = notes.save(lifterId, note, noteVersion);
        return new ClientSettings(savedProfile, savedNote);
    }
}
