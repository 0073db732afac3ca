package org.upright.planner.accountdata;

import java.time.Instant;
import org.upright.planner.common.Text;

/** Something a person is told inside Upright, such as a client leaving; shown until dismissed. */
public record Notice(long id, Text text, Instant at) {}
