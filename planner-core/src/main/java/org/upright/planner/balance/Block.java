package org.upright.planner.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One part of a session (warm-up, main, accessory, cool-down) with its prescriptions in order. */
public record Block(BlockType type, List<Prescription> prescriptions) {

    public Block {
        Objects.requireNonNull(type, "block type is required");
        if (prescriptions == null) {
            prescriptions = List.of();
        }
        for (Prescription p : prescriptions) {
            if (p == null) {
                throw new IllegalArgumentException(type + " block: a prescription is missing (null)");
            }
        }
        prescriptions = List.copyOf(prescriptions);
    }

    public static Block of(BlockType type, Prescription... prescriptions) {
        return new Block(type, List.of(prescriptions));
    }

    /**
     * This block with {@code prescription} inserted at {@code position}; a position past the end
     * appends, so that a suggestion stays applicable after earlier edits moved things around.
     */
    Block inserting(int position, Prescription prescription) {
        List<Prescription> copy = new ArrayList<>(prescriptions);
        copy.add(Math.min(position, copy.size()), prescription);
        return new Block(type, copy);
    }
}
