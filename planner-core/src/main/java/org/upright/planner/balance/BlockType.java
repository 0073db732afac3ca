package org.upright.planner.balance;

/**
 * The parts of a session, in the order they are done. Only {@link #MAIN} and {@link #ACCESSORY}
 * hold working sets; warm-up and cool-down sets never count toward push, pull or volume.
 */
public enum BlockType {
    WARM_UP,
    MAIN,
    ACCESSORY,
    COOL_DOWN;

    /** Whether sets in this block are working sets (domain §2). */
    public boolean holdsWorkingSets() {
        return this == MAIN || this == ACCESSORY;
    }
}
