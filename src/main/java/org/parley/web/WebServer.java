package org.parley.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.ext.ContextResolver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.media.multipart.MultiPartProperties;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The analysts' service over HTTP: Jakarta REST resources (Jersey) on an embedded Grizzly server,
 * with the public origin, authentication, role checks, upload limits and security headers around every request.
 */
public final class WebServer implements AutoCloseable {

    /**
     * Jersey warns, for every resource registered as an instance, that it is no provider; kept here
     * so the quieter level holds (java.util.logging keeps only weak references to loggers).
     */
    private static final Logger PROVIDERS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private final HttpServer server;
    private final AccessLog access;

    private WebServer(HttpServer server, AccessLog access) {
        this.server = server;
        this.access = access;
    }

    /** The resource classes, also what the OpenAPI test compares the document with. */
    public static List<Class<?>> resourceClasses() {
        return List.of(HealthResource.class, OpenApiResource.class, ExecutionsResource.class, QueueResource.class,
                BriefingsResource.class, RoundsResource.class, ScheduleResource.class, ServiceResource.class,
                PageResource.class, UiFormsResource.class, LoginResource.class, StaticResource.class,
                MetricsResource.class, InstancesResource.class, PurgeResource.class, BriefingZipResource.class);
    }

    /** Starts serving on a host and port (0 for any free port), over HTTPS when the context's edge has TLS. */
    public static WebServer start(WebContext context, String host, int port) throws IOException {
        Files.createDirectories(context.uploads());
        AccessLog access = new AccessLog(context.home());
        GrizzlyHttpContainer container = ContainerFactory.createContainer(GrizzlyHttpContainer.class,
                application(context, access));
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://" + host + ":" + port + "/"),
                container, false, null, false);
        server.getServerConfiguration().removeHttpHandler(container);
        server.getServerConfiguration().addHttpHandler(new UriGuard(container), "/");
        NetworkListener listener = server.getListeners().iterator().next();
        if (context.edge().tls() != null) {
            listener.setSecure(true);
            listener.setSSLEngineConfig(new SSLEngineConfigurator(context.edge().tls(), false, false, false));
        }
        listener.setMaxFormPostSize(1024 * 1024);
        listener.getKeepAlive().setIdleTimeoutInSeconds(30);
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            access.close();
            throw e;
        }
        return new WebServer(server, access);
    }

    static ResourceConfig application(WebContext context, AccessLog access) {
        PROVIDERS.setLevel(Level.SEVERE);
        PageRenderer pages = new PageRenderer();
        RunActions actions = new RunActions(context);
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("parley");
        config.registerInstances(new HealthResource(context), new OpenApiResource(),
                new ExecutionsResource(context, actions), new QueueResource(context, actions),
                new BriefingsResource(context, new Downloads(context.folders().root())), new RoundsResource(context),
                new ScheduleResource(context), new ServiceResource(context), new PageResource(context, pages),
                new UiFormsResource(context, actions, pages), new LoginResource(context, pages), new StaticResource(),
                new MetricsResource(context), new InstancesResource(context), new PurgeResource(context), new BriefingZipResource(context));
        config.registerInstances(new PublicOriginFilter(context.edge()), new AuthFilter(context), new UploadLimitFilter(),
                new SecurityHeadersFilter(), access);
        config.registerInstances(ErrorMappers.all());
        config.register(RolesAllowedDynamicFeature.class);
        config.register(JacksonFeature.withoutExceptionMappers()); // ErrorMappers.BadJson answers bad bodies
        config.register(new JsonMapper());
        config.register(MultiPartFeature.class);
        config.register(new MultiPartProperties().tempDir(context.uploads().toString()).maxParts(20).resolver());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return config;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getListeners().iterator().next().getPort();
    }

    /** Stops accepting requests, lets those going finish for up to five seconds, then closes the access log. */
    @Override
    public void close() {
        try {
            server.shutdown(5, TimeUnit.SECONDS).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new UncheckedIOException(new IOException("the HTTP server did not stop cleanly", e));
        } finally {
            server.shutdownNow();
            access.close();
        }
    }

    /** The deepest nesting a JSON request body may have: every body the API takes is two levels deep. */
    static final int MAX_JSON_DEPTH = 32;

    /** JSON as the API writes it: ISO-8601 times, nothing else surprising; request bodies at most {@value #MAX_JSON_DEPTH} deep. */
    private static final class JsonMapper implements ContextResolver<ObjectMapper> {

        private final ObjectMapper mapper = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_JSON_DEPTH).build())
                .build())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
