package org.upright.planner.ui.node;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * This node's route name ({@code upright.node.route}, e.g. {@code a}), which Tomcat appends to
 * every session id it makes: {@code 9F3C…E1.a}. A reverse proxy in front of several nodes reads it
 * from the session cookie and sends each person back to the node that holds their session (Vaadin
 * keeps the open screens there); see docs/adr/0017 and {@code docker/nginx/upright.conf}. Without a
 * route (one node, the default) session ids stay as they were.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    NodeRoute(@Value("${upright.node.route:}") String route) {
        if (!route.matches("[A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException(
                    "upright.node.route must be letters, digits, '-' or '_' (it ends every session id), not: " + route);
        }
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // The route belongs to Tomcat's engine; the context reaches it only once it is placed in its
        // host, which is done by the time the context starts (and creates its session manager).
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                engineOf(context).setJvmRoute(route);
            }
        }));
    }

    private static Engine engineOf(Container container) {
        Container current = container;
        while (!(current instanceof Engine engine)) {
            current = current.getParent();
        }
        return engine;
    }
}
