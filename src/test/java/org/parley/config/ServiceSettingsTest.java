package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSettingsTest {

    @TempDir
    Path dir;

    @Test
    void theEmbeddedDefaults() {
        ServiceSettings s = ServiceSettings.defaults();
        assertEquals(8080, s.port());
        assertEquals("0.0.0.0", s.host());
        assertEquals(1, s.runs().concurrent());
        assertEquals(java.time.Duration.ofMinutes(15), s.runs().stalled());
        assertEquals("0 2 * * *", s.schedule().cron());
        assertEquals("UTC", s.schedule().zone());
        assertEquals("wait", s.schedule().whenBusy());
        assertEquals(0, s.retention().keepRuns());
        assertEquals(dir.resolve("home/inbox"), s.inboxFolder(new ParleyHome(dir.resolve("home"))));
    }

    @Test
    void aStalledRunIsOneThatDidNotMoveForMinutesOrHoursAsSet() throws IOException {
        Path file = Files.writeString(dir.resolve("stalled.yaml"), "runs:\n  concurrent: 2\n  stalledAfter: 2h\n");
        ServiceSettings s = ServiceSettings.load(file);
        assertEquals(java.time.Duration.ofHours(2), s.runs().stalled());
        assertEquals(2, s.runs().concurrent());
        assertEquals(java.time.Duration.ofMinutes(40), s.withStalledAfter("40m").runs().stalled(), "the command line wins");
        assertEquals(2, s.withStalledAfter("40m").runs().concurrent());
        assertEquals(java.time.Duration.ofHours(2), s.withStalledAfter(null).runs().stalled());
        for (String bad : List.of("0m", "15", "15min", "1d", "soon")) {
            Path broken = Files.writeString(dir.resolve("bad.yaml"), "runs:\n  stalledAfter: " + bad + "\n");
            IOException e = assertThrows(IOException.class, () -> ServiceSettings.load(broken));
            assertTrue(e.getMessage().contains("runs.stalledAfter must be minutes or hours, at least 1m (15m, 2h), not '"
                    + bad + "'"), e.getMessage());
        }
    }

    @Test
    void aFileOverridesWhatItNames() throws IOException {
        Path file = Files.writeString(dir.resolve("parley.yaml"), """
                port: 9090
                inbox: /srv/parley/inbox
                runs:
                  concurrent: 2
                users:
                  - name: ana
                    role: analyst
                    password: "pbkdf2-sha512$210000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"
                schedule:
                  cron: "30 1 * * 1-5"
                  zone: Europe/Brussels
                  whenBusy: skip
                retention:
                  keepRuns: 20
                database: jdbc:postgresql://db.example/parley
                """);
        ServiceSettings s = ServiceSettings.load(file);
        assertEquals(9090, s.port());
        assertEquals(Path.of("/srv/parley/inbox"), s.inboxFolder(new ParleyHome(dir)));
        assertEquals(2, s.runs().concurrent());
        assertEquals("ana", s.users().get(0).name());
        assertEquals("30 1 * * 1-5", s.schedule().cron());
        assertEquals("skip", s.schedule().whenBusy());
        assertEquals(20, s.retention().keepRuns());
        assertEquals(0, s.retention().maxAgeDays());
        assertEquals(7000, s.withPort(7000).port());
        assertEquals("jdbc:postgresql://db.example/parley", s.withPort(7000).database());
    }

    @Test
    void unknownKeysAndBadValuesAreNamed() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "prot: 9090\n");
        assertTrue(assertThrows(IOException.class, () -> ServiceSettings.load(typo)).getMessage()
                .contains("unknown setting 'prot'"));
        Path policy = Files.writeString(dir.resolve("policy.yaml"), "schedule:\n  whenBusy: queue\n");
        assertTrue(assertThrows(IOException.class, () -> ServiceSettings.load(policy)).getMessage()
                .contains("schedule.whenBusy must be wait or skip"));
        Path runs = Files.writeString(dir.resolve("runs.yaml"), "runs:\n  concurrent: 0\n");
        assertTrue(assertThrows(IOException.class, () -> ServiceSettings.load(runs)).getMessage()
                .contains("runs.concurrent must be at least 1"));
        assertTrue(assertThrows(IOException.class, () -> ServiceSettings.load(dir.resolve("none.yaml"))).getMessage()
                .contains("does not exist"));
    }

    @Test
    void theEdgeSettingsAndTheirCommandLineOverrides() throws IOException {
        Path file = Files.writeString(dir.resolve("edge.yaml"), """
                publicUrl: https://parley.example.org/
                proxy:
                  trusted: [10.0.0.2, "fd00::/8"]
                tls:
                  keystore: /etc/parley/parley.p12
                  passwordEnv: PARLEY_TLS_PASSWORD
                """);
        ServiceSettings s = ServiceSettings.load(file);
        assertEquals("https://parley.example.org/", s.publicUrl());
        assertEquals(List.of("10.0.0.2", "fd00::/8"), s.proxy().trusted());
        assertEquals("/etc/parley/parley.p12", s.tls().keystore());
        assertEquals("PARLEY_TLS_PASSWORD", s.tls().passwordEnv());
        assertTrue(s.tls().enabled());
        assertEquals(s.publicUrl(), s.withPort(1).publicUrl());

        ServiceSettings overridden = s.withEdge("https://other.example/", List.of("192.0.2.1"));
        assertEquals("https://other.example/", overridden.publicUrl());
        assertEquals(List.of("192.0.2.1"), overridden.proxy().trusted());
        assertEquals(s.proxy(), s.withEdge(null, List.of()).proxy());
        assertEquals(s.publicUrl(), s.withEdge(null, List.of()).publicUrl());

        ServiceSettings none = ServiceSettings.defaults();
        assertNull(none.publicUrl());
        assertEquals(List.of(), none.proxy().trusted());
        assertFalse(none.tls().enabled());
    }

    @Test
    void badEdgeSettingsAreRefusedNamingTheSetting() throws IOException {
        Map<String, String> cases = Map.of(
                "publicUrl: parley.example.org\n", "publicUrl 'parley.example.org' must be an http or https address",
                "publicUrl: https://parley.example.org/parley/\n", "no path",
                "publicUrl: \"https://exa mple.org/\"\n", "publicUrl 'https://exa mple.org/' is not a URL",
                "proxy:\n  trusted: [10.0.0.0/33]\n", "proxy.trusted: '10.0.0.0/33' is not an IP address or CIDR range",
                "proxy:\n  trusted: [proxy.example.org]\n", "proxy.trusted: 'proxy.example.org' is not an IP address",
                "tls:\n  keystore: parley.p12\n", "tls.passwordEnv must name the environment variable");
        int n = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = Files.writeString(dir.resolve("bad-" + n++ + ".yaml"), c.getKey());
            String message = assertThrows(IOException.class, () -> ServiceSettings.load(file)).getMessage();
            assertTrue(message.contains(c.getValue()), message);
        }
        assertThrows(IllegalArgumentException.class, () -> ServiceSettings.defaults().withEdge("ftp://x/", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ServiceSettings.defaults().withEdge(null, List.of("x")));
    }

    @Test
    void offMeansNoSchedule() {
        assertEquals(false, new ServiceSettings.Schedule("off", null, null).enabled());
        assertEquals(true, new ServiceSettings.Schedule("0 3 * * *", null, null).enabled());
    }
}
