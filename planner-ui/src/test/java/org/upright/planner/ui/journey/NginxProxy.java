package org.upright.planner.ui.journey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.upright.planner.testsupport.FreePorts;

/**
 * Debian's nginx ({@code /usr/sbin/nginx}, or {@code NGINX_PATH}) in the foreground with a
 * configuration of its own in a temporary directory, serving on a free loopback port. The proxy
 * part is the compose profile's own file, {@code docker/nginx/upright.conf}, with the two nodes'
 * names replaced by their loopback addresses: the test runs the sticky configuration we ship.
 */
final class NginxProxy implements AutoCloseable {

    static final Path SHIPPED_CONFIG = Path.of("..", "docker", "nginx", "upright.conf");
    private static final Path NGINX = Path.of(System.getenv().getOrDefault("NGINX_PATH", "/usr/sbin/nginx"));

    private final Process process;
    private final int port;
    private final StringBuffer log = new StringBuffer();
    private final CompletableFuture<Void> serving = new CompletableFuture<>();

    private NginxProxy(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread.ofPlatform().daemon().name("nginx-log").start(this::readLog);
    }

    /** Starts nginx in front of node a (compose service {@code app}) and node b ({@code app-b}). */
    static NginxProxy start(Path dir, int nodeA, int nodeB) throws IOException {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException(
                    "This test needs nginx at " + NGINX + " (Debian: apt-get install nginx; or set NGINX_PATH)");
        }
        int port = FreePorts.next();
        String shipped = Files.readString(SHIPPED_CONFIG);
        String proxy = shipped.replace("server app-b:8080", "server 127.0.0.1:" + nodeB)
                .replace("server app:8080", "server 127.0.0.1:" + nodeA)
                .replace("listen 8080;", "listen 127.0.0.1:" + port + ";");
        if (proxy.contains("app:8080") || proxy.contains("app-b:8080") || !proxy.contains("127.0.0.1:" + port)) {
            throw new IllegalStateException(SHIPPED_CONFIG + " no longer names its nodes as this test expects");
        }
        Files.writeString(dir.resolve("upright.conf"), proxy);
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log stderr notice;
                events { worker_connections 512; }
                http {
                    log_format routes '$request_method $uri $status cookie=$cookie_JSESSIONID upstream=$upstream_addr';
                    access_log %1$s/access.log routes;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/upright.conf;
                }
                """.formatted(dir));
        Process process = new ProcessBuilder(List.of(
                        NGINX.toString(),
                        "-e",
                        "stderr",
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString()))
                .redirectErrorStream(true)
                .start();
        // SIGTERM: nginx stops its worker too (a killed master would leave the worker serving).
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-nginx"));
        return new NginxProxy(process, port);
    }

    /** Waits until nginx has bound its port and started its worker. */
    void awaitServing(long seconds) throws InterruptedException {
        try {
            serving.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("nginx did not start within " + seconds + " s:\n" + log, e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx stops its worker and exits
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void readLog() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                log.append(line).append('\n');
                if (line.contains("start worker process")) {
                    serving.complete(null);
                }
            }
        } catch (IOException e) {
            // nginx stopped
        }
        serving.completeExceptionally(new IllegalStateException("nginx stopped"));
    }
}
