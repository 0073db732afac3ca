package org.upright.planner.ui.week;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The planner's undo and redo steps, kept per week so that leaving a week and coming back finds
 * them again. A step is the version of the week an edit of this person saved, with a label for
 * the buttons; the service works out from the kept versions what that edit changed.
 */
final class UndoHistory {

    /** Far more than anyone clicks back through; the service keeps more versions than this. */
    static final int MAX_STEPS = 50;

    /** An edit saved as {@code revision} of its week, labelled for people ("deleted Push day"). */
    record Step(long revision, String label) {}

    private final Map<LocalDate, Deque<Step>> done = new HashMap<>();
    private final Map<LocalDate, Deque<Step>> undone = new HashMap<>();

    /** A new edit: it can be undone, and whatever was undone before can no longer be redone. */
    void done(LocalDate week, Step step) {
        push(done, week, step);
        stack(undone, week).clear();
    }

    Optional<Step> toUndo(LocalDate week) {
        return Optional.ofNullable(stack(done, week).peekLast());
    }

    Optional<Step> toRedo(LocalDate week) {
        return Optional.ofNullable(stack(undone, week).peekLast());
    }

    /** The last step was undone; undoing that undo ({@code redo}) is now the way forward again. */
    void undone(LocalDate week, Step undoneStep, Optional<Step> redo) {
        stack(done, week).remove(undoneStep);
        redo.ifPresent(step -> push(undone, week, step));
    }

    /** The last undone step was made again, and can be undone again as {@code undo}. */
    void redone(LocalDate week, Step redoneStep, Optional<Step> undo) {
        stack(undone, week).remove(redoneStep);
        undo.ifPresent(step -> push(done, week, step));
    }

    /** A step that can no longer be taken back (someone changed what it touched): let it go. */
    void forget(LocalDate week, Step step) {
        stack(done, week).remove(step);
        stack(undone, week).remove(step);
    }

    private static void push(Map<LocalDate, Deque<Step>> stacks, LocalDate week, Step step) {
        Deque<Step> stack = stack(stacks, week);
        stack.addLast(step);
        while (stack.size() > MAX_STEPS) {
            stack.removeFirst();
        }
    }

    private static Deque<Step> stack(Map<LocalDate, Deque<Step>> stacks, LocalDate week) {
        return stacks.computeIfAbsent(week, w -> new ArrayDeque<>());
    }
}
