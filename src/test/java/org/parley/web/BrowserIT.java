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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    private static TestService service;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        service = TestService.start(TestService.settings(TestService.tempInbox("browser"), 1, null, null),
                Clock.systemUTC());
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
    void onAPhoneAndOnAWideScreenThePagesFitWithoutScrollingSideways() throws Exception {
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
            for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1920, 1080))) {
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
            assertEquals(completed.size() - 1, older.size());
            for (WebElement row : older) {
                assertTrue(Long.parseLong(row.getAttribute("data-execution")) < second);
            }
            assertEquals(service.uri("/?status=completed#runs").toString(),
                    browser.findElement(By.id("newest-runs")).getAttribute("href"));
        } finally {
            browser.quit();
        }
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
