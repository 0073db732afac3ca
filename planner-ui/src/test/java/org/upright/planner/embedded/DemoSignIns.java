package org.upright.planner.embedded;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the demo sign-ins a first start prints, as a person copies them from the console. */
public final class DemoSignIns {

    public static final String HEADLINE = "Demo accounts created";

    private DemoSignIns() {}

    /** The printed password of {@code email}, if the output holds it. */
    public static Optional<String> password(String output, String email) {
        Matcher line =
                Pattern.compile(Pattern.quote(email) + "\\s+password: (\\S+)").matcher(output);
        return line.find() ? Optional.of(line.group(1)) : Optional.empty();
    }
}
