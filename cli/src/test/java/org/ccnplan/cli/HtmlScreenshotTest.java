package org.ccnplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.ccnplan.cli.CommandLineTest.SMALL;
import static org.ccnplan.cli.CommandLineTest.run;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.ccnplan.cli.CommandLineTest.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a reader sees it: real headless Chromium renders the page, and its screenshot must show the map
 * (its background, with each cluster's sector colour in about the area of its circle) and the chart (its bands, with
 * land, power and overload bars in about the length the page gives them).
 *
 * <p>Without Chromium ({@value #CHROMIUM_PATH}, Debian's {@code chromium} package) the test is skipped with a message,
 * unless the environment variable {@code CCNPLAN_REQUIRE_BROWSER} is set, as {@code .ci/run} sets it: then a missing
 * browser fails. With {@code -Dccnplan.screenshots=DIR} the screenshot is also kept in DIR, to look at.
 */
class HtmlScreenshotTest {

    static final String CHROMIUM_PATH = "/usr/bin/chromium";
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2400;

    @TempDir
    Path directory;

    @Test
    void chromiumShowsTheMapAndTheChart() throws Exception {
        requireChromium();
        Path plan = directory.resolve("manual.json");
        Files.writeString(plan, HtmlReportTest.PLAN);
        Path html = directory.resolve("report.html");
        Run run = run("score", SMALL, plan.toString(), "--report", html.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Document page = Jsoup.parse(html.toFile(), "UTF-8");

        BufferedImage screenshot = screenshot(html);

        assertThat(screenshot.getWidth()).isEqualTo(WIDTH);
        assertThat(screenshot.getHeight()).isEqualTo(HEIGHT);
        Region map = Region.of(screenshot, SvgMap.BACKGROUND);
        Element mapArea = page.selectFirst("svg.map rect.map-area");
        assertThat((double) map.width()).as("the map's width on screen")
                .isCloseTo(Double.parseDouble(mapArea.attr("width")), offset(3.0));
        assertThat((double) map.height()).as("the map's height on screen")
                .isCloseTo(Double.parseDouble(mapArea.attr("height")), offset(3.0));
        Elements placed = page.select("svg.map circle.cluster[data-sector]");
        assertThat(placed).hasSize(3);
        for (Element circle : placed) {
            double r = Double.parseDouble(circle.attr("r"));
            // Labels, hub marks and neighbours may hide a little of a circle; the edge is anti-aliased.
            assertThat(map.count(screenshot, circle.attr("fill"))).as("pixels of %s's sector colour on the map",
                    circle.attr("data-cluster")).isBetween((int) (0.6 * Math.PI * r * r), (int) (1.1 * Math.PI * r * r));
        }
        assertThat(map.count(screenshot, "#222222")).as("hub marks and labels").isGreaterThan(50);

        Region chart = Region.of(screenshot, SvgChart.BAND);
        assertThat(chart.top()).as("the chart comes after the map").isGreaterThan(map.bottom());
        assertThat(chart.width()).isBetween(SvgChart.WIDTH - 3, SvgChart.WIDTH + 3);
        for (String[] bars : new String[][] {
            {"g.bar.land rect.used:not(.over)", SvgChart.LAND},
            {"g.bar.power rect.used:not(.over)", SvgChart.POWER},
            {"rect.used.over", SvgChart.OVER}}) {
            double area = page.select("svg.chart " + bars[0]).stream()
                    .mapToDouble(bar -> Double.parseDouble(bar.attr("width")) * Double.parseDouble(bar.attr("height")))
                    .sum();
            assertThat(area).isPositive();
            // The capacity outline covers the bars' edges: most of each bar shows in its colour, never more of it.
            assertThat(chart.count(screenshot, bars[1])).as("pixels of %s in the chart", bars[0])
                    .isBetween((int) (0.45 * area), (int) (1.05 * area));
        }
    }

    /** Skips the test when Chromium is missing, unless the environment requires the browser: then it fails. */
    private static void requireChromium() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM_PATH));
        String required = System.getenv("CCNPLAN_REQUIRE_BROWSER");
        assertThat(present || required == null || required.isBlank())
                .as("CCNPLAN_REQUIRE_BROWSER is set but there is no %s: install Debian's chromium package",
                        CHROMIUM_PATH)
                .isTrue();
        assumeThat(present).as("SKIPPED: no %s, so the HTML report is not rendered in a real browser (install"
                + " Debian's chromium package; CCNPLAN_REQUIRE_BROWSER=1 turns this skip into a failure)",
                CHROMIUM_PATH).isTrue();
    }

    /** The page rendered by headless Chromium in a fresh profile, at 1280 x 2400 CSS pixels, one pixel each. */
    private BufferedImage screenshot(Path html) throws Exception {
        Path png = directory.resolve("report.png");
        Path log = directory.resolve("chromium.log");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM_PATH, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--force-color-profile=srgb",
                "--user-data-dir=" + Files.createDirectory(directory.resolve("profile")),
                "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, html.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = chromium.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            chromium.destroyForcibly();
        }
        assertThat(finished).as("Chromium finished within 60 s: %s", Files.readString(log)).isTrue();
        assertThat(png).as("Chromium wrote a screenshot: %s", Files.readString(log)).isNotEmptyFile();
        String keep = System.getProperty("ccnplan.screenshots");
        if (keep != null && !keep.isBlank()) {
            Files.createDirectories(Path.of(keep));
            Files.copy(png, Path.of(keep, "html-report.png"), StandardCopyOption.REPLACE_EXISTING);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a readable PNG").isNotNull();
        return image;
    }

    /** The bounding box of the pixels of one colour: where a figure with that background lies on the screenshot. */
    record Region(int left, int top, int right, int bottom) {

        static Region of(BufferedImage image, String colour) {
            int rgb = Integer.parseInt(colour.substring(1), 16);
            int left = Integer.MAX_VALUE;
            int top = Integer.MAX_VALUE;
            int right = -1;
            int bottom = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (matches(image.getRGB(x, y), rgb)) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            assertThat(right).as("some pixels of %s on the screenshot", colour).isNotNegative();
            return new Region(left, top, right, bottom);
        }

        int width() {
            return right - left + 1;
        }

        int height() {
            return bottom - top + 1;
        }

        /** The pixels of the colour inside the region. */
        int count(BufferedImage image, String colour) {
            int rgb = Integer.parseInt(colour.substring(1), 16);
            int count = 0;
            for (int y = top; y <= bottom; y++) {
                for (int x = left; x <= right; x++) {
                    count += matches(image.getRGB(x, y), rgb) ? 1 : 0;
                }
            }
            return count;
        }

        /** The same colour, give or take a little rounding in the renderer. */
        private static boolean matches(int pixel, int rgb) {
            for (int shift = 0; shift <= 16; shift += 8) {
                if (Math.abs((pixel >> shift & 0xFF) - (rgb >> shift & 0xFF)) > 2) {
                    return false;
                }
            }
            return true;
        }
    }
}
