package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.parley.config.ServiceSettings;
import org.parley.config.TemplateFolder;
import org.parley.launch.SyntheticArticles;
import org.parley.launch.TestHome;

/**
 * The page in a real headless browser (Debian's chromium, driven through Debian's chromedriver;
 * nothing is downloaded): sign in, see the rounds, upload an article set, watch the run complete
 * without reloading the page, open it, download its file, and find a hostile file name shown as text;
 * a run's page following its run to the end with the batchlets' rounds; a failed run's reason in plain
 * words; the pages at phone and wide-screen widths.
 */
class BrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration LONG = Duration.ofMinutes(4);
    private static final String HOSTILE = "<img src=x onerror=alert(1)>.txt";
    private static final List<Dimension> SIZES = List.of(new Dimension(390, 844), new Dimension(1366, 900),
            new Dimension(1920, 1080));

    /** Where to save screenshots of the pages (PARLEY_SHOTS=/some/folder), or none when unset. */
    private static final String SHOTS = System.getenv("PARLEY_SHOTS");

    private static TestService service;
    private static Path inbox;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        inbox = TestService.tempInbox("browser");
        Path talks = Files.createDirectories(inbox.resolve("talks"));
        copyTree(TestHome.sampleSet(), talks);
        // the nightly run now records what it read by content in the shared test home: the set's texts end
        // with one more line break than the sample's, so that NightlyScheduleIT finds its sample files new
        try (var files = Files.list(talks)) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.writeString(text, Files.readString(text) + "\n");
            }
        }
        // a schedule the test's clock never ticks: the page shows it, and the admin runs it now
        service = TestService.start(TestService.settings(inbox, 1,
                new ServiceSettings.Schedule("30 2 * * 1-5", "Europe/Brussels", "wait"), null), Clock.systemUTC());
        JsonNode ticket = TestService.json(service.postZip("/api/executions?name=earlier.zip", "analyst",
                ArticleZips.sample()));
        assertEquals("COMPLETED", service.awaitEnd(ticket.get("execution").asLong(), LONG).get("status").asText());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void anAnalystSignsInUploadsWatchesTheRunAndDownloads() throws Exception {
        Path upload = dir.resolve("talks.zip");
        Path set = Files.createDirectories(dir.resolve("set"));
        copyTree(TestHome.sampleSet(), set);
        Files.writeString(set.resolve(HOSTILE), "Too short to be an article.");
        Files.write(upload, ArticleZips.folder(set));
        Path downloads = Files.createDirectories(dir.resolve("downloads"));

        WebDriver browser = chromium(downloads);
        try {
            // the script replaces the run rows every two seconds: an element found just before a refresh goes stale
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(200));
            wait.ignoring(StaleElementReferenceException.class);
            signIn(browser, wait, "analyst");
            assertTrue(browser.findElement(By.cssSelector("header .who")).getText().startsWith("analyst"));
            List<WebElement> rounds = browser.findElements(By.cssSelector("#rounds tr.round"));
            assertFalse(rounds.isEmpty(), "the earlier run's rounds are listed");

            long newest = newestExecution();
            browser.findElement(By.id("file")).sendKeys(upload.toString());
            browser.findElement(By.id("upload")).click();
            // the new run's row (execution ids need not be consecutive: jbatch gives partitions ids too)
            long started = wait.until(d -> d.findElements(By.cssSelector("#run-rows tr.run")).stream()
                    .map(e -> Long.parseLong(e.getAttribute("data-execution"))).filter(id -> id > newest)
                    .findFirst().orElse(null));
            By row = By.cssSelector("#run-rows tr.run[data-execution='" + started + "']");
            // the page is not reloaded: its script refreshes the rows until the run has completed
            wait.until(ExpectedConditions.attributeToBe(row, "data-status", "COMPLETED"));

            wait.until(d -> {
                d.findElement(row).findElement(By.cssSelector("a")).click();
                return true;
            });
            wait.until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
            WebElement skipped = browser.findElement(By.cssSelector("#skipped td.doc"));
            assertEquals(HOSTILE, skipped.getText());
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
            assertTrue(browser.findElement(By.id("log")).getText().contains("step renderBriefings ended"));

            browser.findElement(By.linkText("manifest.json")).click();
            Path manifest = downloads.resolve("manifest.json");
            wait.until(d -> Files.exists(manifest) && manifest.toFile().length() > 0);
            JsonNode downloaded = TestService.JSON.readTree(manifest.toFile());
            assertEquals(started, downloaded.get("execution").asLong());
            assertEquals(HOSTILE, downloaded.get("skipped").get(0).get("doc").asText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void aRunsPageFollowsTheRunFromStartedToCompletedWithoutAReloadAndShowsTheBatchletsRounds() throws Exception {
        Path set = Files.createDirectories(dir.resolve("big"));
        SyntheticArticles.write(set, 600, 21);
        long execution = service.awaitStart(TestService.json(service.postZip("/api/executions?name=big.zip", "analyst",
                ArticleZips.folder(set))).get("request").asLong(), LONG);
        WebDriver browser = chromium(dir.resolve("downloads-live"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(100));
            wait.ignoring(StaleElementReferenceException.class);
            signIn(browser, wait, "viewer");
            browser.get(service.uri("/runs/" + execution).toString());
            assertTrue(List.of("STARTING", "STARTED").contains(browser.findElement(By.id("status")).getText()),
                    "600 articles take longer than opening the page");
            JavascriptExecutor js = (JavascriptExecutor) browser;
            // a mark that a reload would wipe, and a record of each batchlet's progress shown while the run went
            js.executeScript("window.parleyNotReloaded = true; window.parleySeen = [];"
                    + "new MutationObserver(function () {"
                    + "  var t = document.querySelector('#run-title');"
                    + "  if (!t || t.getAttribute('data-running') !== 'true') { return; }"
                    + "  document.querySelectorAll('tr[data-step=assembleBriefings], tr[data-step=renderBriefings]')"
                    + "    .forEach(function (r) { if (r.getAttribute('data-max') !== '0') {"
                    + "      window.parleySeen.push(r.getAttribute('data-step') + ' ' + r.querySelector('.count').textContent); } });"
                    + "}).observe(document.getElementById('run'), {childList: true, subtree: true});");
            wait.until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
            assertEquals(Boolean.TRUE, js.executeScript("return window.parleyNotReloaded === true"), "the page was not reloaded");
            @SuppressWarnings("unchecked")
            List<String> seen = (List<String>) js.executeScript("return window.parleySeen");
            assertFalse(seen.isEmpty(), "a batchlet's progress was shown while the run went");

            int rounds = TestService.json(service.get("/api/briefings/" + execution, "viewer")).get("manifest")
                    .get("rounds").size();
            WebElement render = browser.findElement(By.cssSelector("tr[data-step='renderBriefings']"));
            assertEquals(rounds + " of " + rounds + " rounds done", render.findElement(By.className("count")).getText());
            assertEquals(Integer.toString(rounds), render.findElement(By.tagName("progress")).getAttribute("value"));
            assertEquals(rounds, browser.findElements(By.cssSelector("#result article.round-files")).size(),
                    "the result shows each round's files under its title");
            assertTrue(browser.findElement(By.id("timing")).getText().startsWith("Took "));
            assertEquals("Run " + execution + ": COMPLETED", browser.findElement(By.id("run-title")).getText());
            WebElement open = browser.findElement(By.cssSelector("#result a.view"));
            assertTrue(open.getAttribute("href").endsWith(".pdf?inline=true"), open.getAttribute("href"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aFailedRunSaysWhyInPlainWordsAndItsAnalystRestartsItOnceTheTemplateIsFixed() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("broken.ftlh"), "<html><body>${noSuchThing.title}</body></html>\n");
        String before = System.getProperty(TemplateFolder.PROPERTY);
        System.setProperty(TemplateFolder.PROPERTY, templates.toString());
        WebDriver browser = chromium(dir.resolve("downloads-failed"));
        try {
            long execution = service.awaitStart(TestService.json(service.postZip(
                    "/api/executions?name=talks.zip&template=broken", "analyst", ArticleZips.sample()))
                    .get("request").asLong(), LONG);
            assertEquals("FAILED", service.awaitEnd(execution, LONG).get("status").asText());
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(100));
            signIn(browser, wait, "analyst");
            browser.get(service.uri("/runs/" + execution).toString());
            assertEquals("FAILED", browser.findElement(By.id("status")).getText());
            assertEquals("The briefing template \u201cbroken\u201d has a mistake, so no briefing could be written. Ask an "
                    + "admin to correct it, or run the set again with another template.",
                    browser.findElement(By.id("failure-plain")).getText());
            WebElement detail = browser.findElement(By.cssSelector("#failure-detail pre"));
            assertFalse(detail.isDisplayed(), "the technical message waits behind its toggle");
            browser.findElement(By.cssSelector("#failure-detail summary")).click();
            assertTrue(detail.isDisplayed());
            assertTrue(detail.getText().startsWith("renderBriefings failed: "), detail.getText());
            assertTrue(detail.getText().contains("noSuchThing"), detail.getText());
            String parameters = browser.findElement(By.id("parameters")).getText();
            assertTrue(parameters.contains("talks.zip (uploaded)"), parameters);
            assertTrue(parameters.contains("broken"), parameters);
            assertFalse(parameters.contains(TestService.home().paths().root().toString()), "no server paths: " + parameters);

            // the template is put right, and the analyst who started the run restarts it from its page
            Files.writeString(templates.resolve("broken.ftlh"), "<html><body><p>Fixed.</p></body></html>\n");
            browser.findElement(By.id("restart")).click();
            wait.until(d -> d.getCurrentUrl().matches(".*/runs/\\d+") && !d.getCurrentUrl().endsWith("/runs/" + execution));
            long restarted = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/runs/", ""));
            wait.until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
            assertTrue(browser.findElement(By.cssSelector("#run .lede")).getText().startsWith("Restart run by analyst"),
                    browser.findElement(By.cssSelector("#run .lede")).getText());
            assertEquals(execution, TestService.json(service.get("/api/executions/" + restarted, "viewer")).get("request")
                    .get("restartOf").asLong());
        } finally {
            browser.quit();
            if (before == null) {
                System.clearProperty(TemplateFolder.PROPERTY);
            } else {
                System.setProperty(TemplateFolder.PROPERTY, before);
            }
        }
    }

    @Test
    void onAPhoneALaptopAndAWideScreenThePagesFitWithoutScrollingSideways() throws Exception {
        long completed = TestService.json(service.get("/api/executions?limit=20&status=COMPLETED", "viewer")).get(0)
                .get("id").asLong();
        WebDriver browser = chromium(dir.resolve("downloads-phone"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(100));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(service.uri("/login").toString());
            assertEquals(390L, js.executeScript("return window.innerWidth"));
            WebElement signIn = browser.findElement(By.id("sign-in"));
            assertTrue(signIn.getSize().getHeight() >= 44, "a tap-sized button: " + signIn.getSize());
            assertEquals("User", browser.findElement(By.cssSelector("label:has(#user)")).getText().strip());
            signIn(browser, wait, "admin");
            for (Dimension size : SIZES) {
                browser.manage().window().setSize(size);
                for (String page : List.of("/", "/runs/" + completed, "/login")) {
                    browser.get(service.uri(page).toString());
                    long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth");
                    long inner = (Long) js.executeScript("return window.innerWidth");
                    assertTrue(scroll <= inner, page + " at " + size + " is " + scroll + " px wide on " + inner);
                }
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void theRunsAreFilteredByStateAndPagedBelowARun() throws Exception {
        // given two completed runs at least (the one of start() and one more)
        long second = service.awaitStart(TestService.json(service.postZip("/api/executions?name=again.zip", "analyst",
                ArticleZips.sample())).get("request").asLong(), LONG);
        assertEquals("COMPLETED", service.awaitEnd(second, LONG).get("status").asText());
        JsonNode completed = TestService.json(service.get("/api/executions?limit=15&status=COMPLETED", "viewer"));
        WebDriver browser = chromium(dir.resolve("downloads-filter"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(100));
            signIn(browser, wait, "viewer");
            // when the viewer picks "completed" with the keyboard and sends the form
            WebElement state = browser.findElement(By.id("status-filter"));
            state.sendKeys("completed");
            state.submit();
            wait.until(ExpectedConditions.urlContains("status=completed"));
            // then
            List<WebElement> rows = browser.findElements(By.cssSelector("#run-rows tr.run"));
            assertEquals(completed.size(), rows.size());
            for (WebElement row : rows) {
                assertEquals("COMPLETED", row.getAttribute("data-status"));
            }
            // and below the newest, the page lists only older runs, with the way back to the newest
            browser.get(service.uri("/?status=completed&before=" + second).toString());
            List<WebElement> older = browser.findElements(By.cssSelector("#run-rows tr.run"));
            // (as many as the API lists below it: a page holds 15, and the shared home may have more)
            JsonNode completedBelow = TestService.json(service.get("/api/executions?limit=15&status=COMPLETED&before="
                    + second, "viewer"));
            assertEquals(completedBelow.size(), older.size());
            assertTrue(older.size() >= 1, "the run of start() is older than the second");
            for (WebElement row : older) {
                assertTrue(Long.parseLong(row.getAttribute("data-execution")) < second);
            }
            assertEquals(service.uri("/?status=completed#runs").toString(),
                    browser.findElement(By.id("newest-runs")).getAttribute("href"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAnalystRunsAFinishedRunAgainWithTheSummaryTemplateInWordOnly() throws Exception {
        // given a completed run on the inbox set "talks", with the full briefing in PDF and Word
        long original = service.awaitStart(TestService.json(service.postJson("/api/executions", "analyst",
                "{\"inbox\": \"talks\"}")).get("request").asLong(), LONG);
        assertEquals("COMPLETED", service.awaitEnd(original, LONG).get("status").asText());
        JsonNode before = TestService.json(service.get("/api/briefings/" + original, "viewer")).get("manifest");
        WebDriver browser = chromium(dir.resolve("downloads-again"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(100));
            signIn(browser, wait, "analyst");
            browser.get(service.uri("/runs/" + original).toString());
            // when the analyst picks the summary, leaves Word only and runs it again, all with the keyboard
            new Select(browser.findElement(By.id("again-template"))).selectByValue("summary");
            WebElement pdf = browser.findElement(By.id("again-pdf"));
            assertTrue(pdf.isSelected(), "the run's own formats are chosen to begin with");
            pdf.sendKeys(Keys.SPACE);
            assertFalse(pdf.isSelected());
            assertTrue(browser.findElement(By.id("again-docx")).isSelected());
            browser.findElement(By.id("run-again")).sendKeys(Keys.ENTER);
            // then a new run goes, and its page follows it
            wait.until(d -> d.getCurrentUrl().matches(".*/runs/\\d+") && !d.getCurrentUrl().endsWith("/runs/" + original));
            long again = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/runs/", ""));
            wait.until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
            String parameters = browser.findElement(By.id("parameters")).getText();
            assertTrue(parameters.contains("summary (one page)"), parameters);
            assertTrue(parameters.contains("talks (from the inbox)"), parameters);
            JsonNode run = TestService.json(service.get("/api/executions/" + again, "viewer"));
            assertEquals("summary", run.get("parameters").get("template").asText());
            assertEquals("docx", run.get("parameters").get("formats").asText());
            assertEquals("manual", run.get("request").get("kind").asText());
            assertEquals("analyst", run.get("request").get("by").asText());
            JsonNode manifest = TestService.json(service.get("/api/briefings/" + again, "viewer")).get("manifest");
            assertEquals(before.get("rounds").size(), manifest.get("rounds").size(), "the same set: the same rounds");
            for (JsonNode round : manifest.get("rounds")) {
                List<String> formats = new java.util.ArrayList<>();
                round.get("files").forEach(f -> formats.add(f.get("format").asText()));
                assertEquals(List.of("csv", "docx", "json"), formats.stream().sorted().toList(), round.toString());
            }
            // and the original run is as it was
            JsonNode kept = TestService.json(service.get("/api/executions/" + original, "viewer"));
            assertEquals("COMPLETED", kept.get("status").asText());
            assertEquals("briefing", kept.get("parameters").get("template").asText());
            assertEquals("pdf,docx", kept.get("parameters").get("formats").asText());
            assertEquals(before, TestService.json(service.get("/api/briefings/" + original, "viewer")).get("manifest"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void theRunsAreFilteredByKindAndUserAndThePagesKeepTheFilters() throws Exception {
        // given a restart by the admin beside the analysts' runs: a run stopped at once, restarted
        long stopped = service.awaitStart(TestService.json(service.postZip("/api/executions?name=stopped.zip", "analyst",
                ArticleZips.sample())).get("request").asLong(), LONG);
        service.postEmpty("/api/executions/" + stopped + "/stop", "analyst");
        String ended = service.awaitEnd(stopped, LONG).get("status").asText();
        if (ended.equals("STOPPED")) {
            JsonNode restart = TestService.json(service.postJson("/api/executions/" + stopped + "/restart", "admin", "{}"));
            service.awaitEnd(service.awaitStart(restart.get("request").asLong(), LONG), LONG);
        }
        JsonNode all = TestService.json(service.get("/api/executions?limit=500", "viewer"));
        List<Long> manualByAnalyst = new java.util.ArrayList<>();
        List<Long> restarts = new java.util.ArrayList<>();
        for (JsonNode e : all) {
            JsonNode r = e.get("request");
            if (r != null && !r.isNull() && r.get("kind").asText().equals("manual") && r.get("by").asText().equals("analyst")) {
                manualByAnalyst.add(e.get("id").asLong());
            }
            if (r != null && !r.isNull() && r.get("kind").asText().equals("restart")) {
                restarts.add(e.get("id").asLong());
            }
        }
        WebDriver browser = chromium(dir.resolve("downloads-kinds"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(100));
            signIn(browser, wait, "viewer");
            // when the viewer picks "on-demand" and "analyst" with the keyboard and sends the form
            browser.findElement(By.id("kind-filter")).sendKeys("on-demand");
            browser.findElement(By.id("user-filter")).sendKeys("analyst");
            browser.findElement(By.id("runs-show")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("kind=on-demand"));
            assertTrue(browser.getCurrentUrl().contains("user=analyst"), browser.getCurrentUrl());
            // then the list holds exactly the analyst's runs on demand, newest first, 15 at most
            assertEquals(manualByAnalyst.subList(0, Math.min(15, manualByAnalyst.size())), executions(browser));
            // and a restart filter lists the restarts only
            browser.get(service.uri("/?kind=restart").toString());
            assertEquals(restarts.subList(0, Math.min(15, restarts.size())), executions(browser));
            // and a page below a run keeps every filter, also on its way back to the newest
            long newest = manualByAnalyst.get(0);
            browser.get(service.uri("/?status=completed&kind=on-demand&user=analyst&before=" + newest).toString());
            for (long id : executions(browser)) {
                assertTrue(id < newest && manualByAnalyst.contains(id), id + " is an older run of the analyst's");
            }
            assertEquals(service.uri("/?status=completed&kind=on-demand&user=analyst#runs").toString(),
                    browser.findElement(By.id("newest-runs")).getAttribute("href"));
            assertEquals("on-demand", new Select(browser.findElement(By.id("kind-filter"))).getFirstSelectedOption()
                    .getAttribute("value"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void theRoundsAreGroupedByNegotiationFoundByTextDateAndPartyAndPagedByTen() throws Exception {
        // given runs whose rounds are more than a page: a set of twelve meetings besides the sample's
        Path set = Files.createDirectories(dir.resolve("meetings"));
        writeMeetings(set);
        long meetings = service.awaitStart(TestService.json(service.postZip("/api/executions?name=meetings.zip",
                "analyst", ArticleZips.folder(set))).get("request").asLong(), LONG);
        assertEquals("COMPLETED", service.awaitEnd(meetings, LONG).get("status").asText());
        JsonNode rounds = TestService.json(service.get("/api/rounds", "viewer"));
        assertTrue(rounds.size() > 10, "more rounds than a page: " + rounds.size());
        WebDriver browser = chromium(dir.resolve("downloads-rounds"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(100));
            signIn(browser, wait, "viewer");
            // the first page: ten rounds under their negotiations' names, and the way to the rest
            assertEquals(10, browser.findElements(By.cssSelector("#rounds tr.round")).size());
            List<String> groups = texts(browser, "#rounds .negotiation-name");
            assertEquals(groups.stream().distinct().toList(), groups, "each negotiation once on a page");
            assertTrue(groups.contains("Harbour Talks"), groups.toString());
            browser.findElement(By.id("rounds-next")).click();
            wait.until(ExpectedConditions.urlContains("roundsPage=2"));
            assertEquals(Math.min(10, rounds.size() - 10), browser.findElements(By.cssSelector("#rounds tr.round")).size());

            // search by text, with Enter in the search field
            WebElement search = browser.findElement(By.id("rounds-q"));
            search.clear();
            search.sendKeys("Muscat", Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("q=Muscat"));
            List<String> titles = texts(browser, "#rounds tr.round td.title");
            assertEquals(count(rounds, r -> r.toString().contains("Muscat")), titles.size());
            assertTrue(titles.stream().allMatch(t -> t.contains("Muscat")), titles.toString());

            // a stretch of dates, as a date field takes them
            browser.get(service.uri("/?from=2026-03-16&to=2026-03-20").toString());
            List<String> ids = attributes(browser, "#rounds tr.round", "data-round");
            assertEquals(count(rounds, r -> !r.get("start").isNull() && r.get("start").asText().compareTo("2026-03-16") >= 0
                    && r.get("start").asText().compareTo("2026-03-20") <= 0), ids.size());
            assertFalse(ids.isEmpty(), "the meetings of that week");

            // a party at the table, picked from the list
            String party = null;
            for (JsonNode r : rounds) {
                if (r.get("parties").size() > 0) {
                    party = r.get("parties").get(0).asText();
                    break;
                }
            }
            assertTrue(party != null, "a round with its parties: " + rounds);
            browser.get(service.uri("/").toString());
            new Select(browser.findElement(By.id("rounds-party"))).selectByValue(party);
            browser.findElement(By.id("rounds-find")).click();
            wait.until(ExpectedConditions.urlContains("party="));
            String chosen = party;
            long expected = count(rounds, r -> r.get("parties").toString().contains("\"" + chosen + "\""));
            assertEquals(Math.min(10, expected), browser.findElements(By.cssSelector("#rounds tr.round")).size());
            for (String parties : texts(browser, "#rounds tr.round td.parties")) {
                assertTrue(List.of(parties.split(", ")).contains(chosen), parties);
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAdminRunsTheNightlyNowFromThePage() throws Exception {
        WebDriver browser = chromium(dir.resolve("downloads-nightly"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(100));
            signIn(browser, wait, "analyst");
            assertTrue(browser.findElements(By.id("nightly-now")).isEmpty(), "an analyst is not offered the button");
            browser.findElement(By.id("logout")).click();
            signIn(browser, wait, "admin");
            // the schedule in words, and its next three runs as Brussels' clocks show them
            assertEquals("Runs weekdays at 02:30 (Europe/Brussels); when another run is going it will wait.",
                    browser.findElement(By.id("schedule-words")).getText());
            List<String> next = texts(browser, "#schedule-next li");
            assertEquals(3, next.size(), next.toString());
            for (String at : next) {
                assertTrue(at.matches("(Monday|Tuesday|Wednesday|Thursday|Friday) \\d{1,2} \\w+ \\d{4}, 02:30 CES?T"), at);
            }
            long newest = newestExecution();
            browser.findElement(By.id("nightly-now")).click();
            // the run page of the nightly run, or the runs list while it waits for a slot
            long started = wait.until(d -> {
                for (JsonNode e : TestService.json(service.get("/api/executions?limit=5", "viewer"))) {
                    JsonNode r = e.get("request");
                    if (e.get("id").asLong() > newest && r != null && !r.isNull()
                            && r.get("kind").asText().equals("scheduled") && r.get("by").asText().equals("admin")) {
                        return e.get("id").asLong();
                    }
                }
                return null;
            });
            assertEquals("COMPLETED", service.awaitEnd(started, LONG).get("status").asText());
            browser.get(service.uri("/runs/" + started).toString());
            assertTrue(browser.findElement(By.cssSelector("#run .lede")).getText().startsWith("Scheduled run by admin"),
                    browser.findElement(By.cssSelector("#run .lede")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void everyControlHasAnAccessibleNameAndThePagesAreShotAtEachSize() throws Exception {
        long original = service.awaitStart(TestService.json(service.postJson("/api/executions", "analyst",
                "{\"inbox\": \"talks\"}")).get("request").asLong(), LONG);
        assertEquals("COMPLETED", service.awaitEnd(original, LONG).get("status").asText());
        WebDriver browser = chromium(dir.resolve("downloads-names"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, LONG, Duration.ofMillis(100));
            signIn(browser, wait, "admin");
            for (String page : List.of("/", "/runs/" + original)) {
                browser.get(service.uri(page).toString());
                List<String> unnamed = new java.util.ArrayList<>();
                for (WebElement control : browser.findElements(By.cssSelector("input:not([type=hidden]), select, button, a[href]"))) {
                    if (control.isDisplayed() && control.getAccessibleName().isBlank()) {
                        unnamed.add(control.getTagName() + " " + control.getAttribute("outerHTML"));
                    }
                }
                assertEquals(List.of(), unnamed, page);
            }
            for (Dimension size : SIZES) {
                browser.manage().window().setSize(size);
                for (String page : List.of("/", "/runs/" + original)) {
                    browser.get(service.uri(page).toString());
                    JavascriptExecutor js = (JavascriptExecutor) browser;
                    long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth");
                    assertTrue(scroll <= size.getWidth(), page + " at " + size + " is " + scroll + " px wide");
                    shoot(browser, (page.equals("/") ? "main" : "run") + "-" + size.getWidth() + "x" + size.getHeight());
                }
            }
        } finally {
            browser.quit();
        }
    }

    /** Saves the whole page as a PNG under PARLEY_SHOTS, when it is set. */
    private static void shoot(WebDriver browser, String name) throws Exception {
        if (SHOTS == null || SHOTS.isBlank()) {
            return;
        }
        Path folder = Files.createDirectories(Path.of(SHOTS));
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = ((ChromeDriver) browser).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "scale", 1,
                        "width", ((JavascriptExecutor) browser).executeScript("return window.innerWidth"),
                        "height", ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight"))));
        Files.write(folder.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Twelve meetings on twelve days, two articles each, of two tracks of talks. */
    private static void writeMeetings(Path set) throws Exception {
        String[][] meetings = {
                {"Geneva", "Harbour Talks", "Monday", "2026-03-02"}, {"Vienna", "Joint Commission", "Tuesday", "2026-03-03"},
                {"Oslo", "Harbour Talks", "Wednesday", "2026-03-04"}, {"Doha", "Joint Commission", "Thursday", "2026-03-05"},
                {"Muscat", "Harbour Talks", "Monday", "2026-03-09"}, {"Cairo", "Joint Commission", "Tuesday", "2026-03-10"},
                {"Amman", "Harbour Talks", "Wednesday", "2026-03-11"}, {"Istanbul", "Joint Commission", "Thursday", "2026-03-12"},
                {"Riyadh", "Harbour Talks", "Monday", "2026-03-16"}, {"Baku", "Joint Commission", "Tuesday", "2026-03-17"},
                {"Helsinki", "Harbour Talks", "Wednesday", "2026-03-18"}, {"Rome", "Joint Commission", "Thursday", "2026-03-19"}};
        // the rounds file names each meeting, so that each is a round of its own whatever the detection makes of the week
        StringBuilder rounds = new StringBuilder("rounds:\n");
        for (String[] m : meetings) {
            rounds.append("  - forum: ").append(m[1]).append("\n    place: ").append(m[0]).append("\n    start: ")
                    .append(m[3]).append("\n    parties: [Valdoria, ").append(m[1].startsWith("Harbour") ? "Karvessia" : "Malta")
                    .append("]\n");
        }
        Files.writeString(set.resolve("rounds.yaml"), rounds.toString());
        // the articles' words are the synthetic ones, distinct enough not to be taken for copies of each other
        Path synthetic = Files.createDirectories(dir.resolve("meetings-words"));
        SyntheticArticles.write(synthetic, meetings.length * 2, 13);
        for (int i = 0; i < meetings.length * 2; i++) {
            String[] m = meetings[i / 2];
            String text = Files.readString(synthetic.resolve(String.format("article-%04d.txt", i)))
                    .replaceFirst("date: [0-9-]+", "date: " + m[3])
                    .replaceFirst("Negotiators met in [^,]+, officials said", "Negotiators met in " + m[0] + " on " + m[2]
                            + " for the " + m[1] + ", officials said");
            Files.writeString(set.resolve(String.format("meeting-%02d.txt", i)), text);
        }
    }

    private static List<Long> executions(WebDriver browser) {
        return attributes(browser, "#run-rows tr.run", "data-execution").stream().map(Long::parseLong).toList();
    }

    private static List<String> attributes(WebDriver browser, String css, String attribute) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    private static List<String> texts(WebDriver browser, String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static long count(JsonNode rounds, java.util.function.Predicate<JsonNode> test) {
        long n = 0;
        for (JsonNode r : rounds) {
            n += test.test(r) ? 1 : 0;
        }
        return n;
    }

    /** Signs in through the page, as a user would, and waits for the main page. */
    private static void signIn(WebDriver browser, WebDriverWait wait, String user) {
        browser.get(service.uri("/").toString());
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("user")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestService.PASSWORDS.get(user));
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rounds")));
    }

    private static long newestExecution() {
        return TestService.json(service.get("/api/executions?limit=1", "viewer")).get(0).get("id").asLong();
    }

    private static WebDriver chromium(Path downloads) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(driver, options);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
