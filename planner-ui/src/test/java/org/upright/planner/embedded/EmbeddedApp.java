package org.upright.planner.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.upright.planner.UprightApplication;

/**
 * Upright as the README's run command starts it on a bare machine: the application's own
 * {@code application.properties} (no test database), so the data goes to an embedded H2 file
 * database under {@code home}, which stands in for Java's {@code user.home}.
 */
public final class EmbeddedApp {

    private EmbeddedApp() {}

    public static ConfigurableApplicationContext start(Path home, ApplicationListener<?>... listeners) {
        List<String> args =
                new ArrayList<>(List.of("--user.home=" + home, "--server.port=0", "--spring.main.banner-mode=off"));
        return new SpringApplicationBuilder(UprightApplication.class)
                .listeners(listeners)
                .run(args.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
