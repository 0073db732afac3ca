package org.upright.planner.balance;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A training session as the balance rules see it.
 *
 * <p>Each block type appears at most once, and blocks are kept in the order they are done (warm-up,
 * main, accessory, cool-down) whatever order the caller gives them in: a session with two main
 * blocks or a cool-down before the warm-up has no meaning for the rules.
 *
 * @param id caller-supplied, unique within the week
 * @param title shown to the user, 1–80 characters
 * @param time the time of day the session starts, in the lifter's own time zone; null when the
 *     planner gave none (the session is then simply "on that day", docs/adr/0021)
 */
public record Session(String id, SessionKind kind, String title, List<Block> blocks, LocalTime time) {

    /** A session without a time of day. */
    public Session(String id, SessionKind kind, String title, List<Block> blocks) {
        this(id, kind, title, blocks, null);
    }

    public static final int MAX_TITLE_LENGTH = 80;

    /** A long session has perhaps 15 lines; 40 is well past anything a coach would write. */
    public static final int MAX_PRESCRIPTIONS = 40;

    public Session {
        Ids.require(id, "session");
        if (kind == null) {
            throw new IllegalArgumentException("session " + id + ": kind is required");
        }
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException(
                    "session " + id + ": title must be 1 to " + MAX_TITLE_LENGTH + " characters");
        }
        title = title.strip();
        if (blocks == null) {
            blocks = List.of();
        }
        Set<BlockType> seen = EnumSet.noneOf(BlockType.class);
        int prescriptionCount = 0;
        for (Block block : blocks) {
            if (block == null) {
                throw new IllegalArgumentException("session " + id + ": a block is missing (null)");
            }
            if (!seen.add(block.type())) {
                throw new IllegalArgumentException("session " + id + ": the " + block.type() + " block appears twice");
            }
            prescriptionCount += block.prescriptions().size();
        }
        if (prescriptionCount > MAX_PRESCRIPTIONS) {
            throw new IllegalArgumentException("session " + id + ": at most " + MAX_PRESCRIPTIONS
                    + " prescriptions per session, was " + prescriptionCount);
        }
        List<Block> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing(Block::type));
        blocks = List.copyOf(sorted);
        if (time != null) {
            time = time.truncatedTo(ChronoUnit.MINUTES);
        }
    }

    /** The time of day it starts, when the planner gave one. */
    public Optional<LocalTime> startTime() {
        return Optional.ofNullable(time);
    }

    /** This session starting at {@code time} (null: no time of day). */
    public Session at(LocalTime time) {
        return new Session(id, kind, title, blocks, time);
    }

    public static Session of(String id, SessionKind kind, String title, Block... blocks) {
        return new Session(id, kind, title, List.of(blocks));
    }

    public Optional<Block> block(BlockType type) {
        return blocks.stream().filter(b -> b.type() == type).findFirst();
    }

    /** Every prescription in the order it is done. */
    public Stream<Prescription> prescriptions() {
        return blocks.stream().flatMap(b -> b.prescriptions().stream());
    }

    /** This session with {@code prescription} inserted into block {@code type} (created if absent). */
    Session inserting(BlockType type, int position, Prescription prescription) {
        List<Block> copy = new ArrayList<>(blocks);
        Optional<Block> existing = block(type);
        if (existing.isPresent()) {
            copy.set(copy.indexOf(existing.get()), existing.get().inserting(position, prescription));
        } else {
            copy.add(Block.of(type, prescription));
        }
        return new Session(id, kind, title, copy, time);
    }

    /** This session with line {@code prescriptionId} set to {@code sets} sets (the rest of its dose kept). */
    Session changingSets(String prescriptionId, int sets) {
        List<Block> copy = new ArrayList<>(blocks.size());
        boolean found = false;
        for (Block block : blocks) {
            List<Prescription> lines = new ArrayList<>(block.prescriptions().size());
            for (Prescription p : block.prescriptions()) {
                if (p.id().equals(prescriptionId)) {
                    found = true;
                    p = new Prescription(
                            p.id(), p.exercise(), p.dose().withSets(sets), p.loadKg(), p.effort(), p.note());
                }
                lines.add(p);
            }
            copy.add(new Block(block.type(), lines));
        }
        if (!found) {
            throw new IllegalArgumentException("session " + id + " has no line with id " + prescriptionId);
        }
        return new Session(id, kind, title, copy, time);
    }
}
