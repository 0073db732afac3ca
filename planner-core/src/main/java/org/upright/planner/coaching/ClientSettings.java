package org.upright.planner.coaching;

import org.upright.planner.account.TrainingProfile;

/** What a coach sets for one client in one go: the training profile with its targets, and the private note. */
public record ClientSettings(TrainingProfile profile, CoachNote note) {}
