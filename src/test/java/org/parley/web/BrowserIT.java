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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.parley.launch.TestHome;

/**
 * The page in a real headless browser (Debian's chromium, driven through Debian's chromedriver;
 * nothing is downloaded): sign in, see the rounds, upload an article set, watch the run complete
 * without reloading the page, open it, download its file, and find a hostile file name shown as text.
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
            browser.get(service.uri("/").toString());
            wait.until(ExpectedConditions.urlContains("/login"));
            browser.findElement(By.id("user")).sendKeys("analyst");
            browser.findElement(By.id("password")).sendKeys(TestService.PASSWORDS.get("analyst"));
            browser.findElement(By.id("sign-in")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rounds")));
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
