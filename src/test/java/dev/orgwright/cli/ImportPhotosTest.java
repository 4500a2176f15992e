package dev.orgwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.orgwright.io.ChartFiles;
import dev.orgwright.model.Chart;
import dev.orgwright.model.Photos;
import dev.orgwright.model.PositionId;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --photos DIR} embeds photos named by a position's id or its holder's name, and a
 * CSV photo column's local paths; a file that is no image is reported and the import goes on.
 */
class ImportPhotosTest {

    @TempDir
    Path dir;

    private Path csv(String extraHeader, String... extra) throws Exception {
        Path csv = dir.resolve("staff.csv");
        Files.writeString(csv, "id,manager,name,title" + extraHeader + "\n"
                + "ceo,,José García,CEO" + (extra.length > 0 ? extra[0] : "") + "\n"
                + "cfo,ceo,Bo Ek,CFO" + (extra.length > 1 ? extra[1] : "") + "\n"
                + "coo,ceo,Cy Lo,COO" + (extra.length > 2 ? extra[2] : "") + "\n");
        return csv;
    }

    private static void image(Path file, int width, int height, Color colour, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ImageIO.write(image, format, file.toFile());
    }

    private static BufferedImage embedded(Chart chart, String id) throws Exception {
        String key = chart.position(PositionId.of(id)).photo();
        var image = Photos.imageOf(chart.settings(), key).orElseThrow();
        assertEquals("image/jpeg", image.type());
        return ImageIO.read(new ByteArrayInputStream(image.bytes()));
    }

    @Test
    void photosNamedByIdOrByHolderNameAreEmbeddedSmallAndTheRestReported() throws Exception {
        Path photos = Files.createDirectory(dir.resolve("photos"));
        image(photos.resolve("cfo.PNG"), 600, 400, Color.RED, "png");
        image(photos.resolve("jose garcia.jpg"), 300, 300, Color.BLUE, "jpg");
        image(photos.resolve("stranger.jpg"), 50, 50, Color.GREEN, "jpg");
        Files.writeString(photos.resolve("Cy Lo.jpg"), "not an image");
        Files.writeString(photos.resolve("notes.txt"), "ignored: not a photo");
        Path out = dir.resolve("staff.orgchart.json");

        CliRun run = CliRun.of("import", csv("").toString(), "--out", out.toString(), "--photos", photos.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("2 photos embedded; 1 files named no position; 1 could not be read."), run.out());
        assertTrue(run.out().contains("stranger.jpg names no position"), run.out());
        assertTrue(run.out().contains("The photo Cy Lo.jpg is not a readable JPEG or PNG image; it was left out."), run.out());
        Chart chart = ChartFiles.load(out);
        BufferedImage cfo = embedded(chart, "cfo");
        assertEquals(128, cfo.getWidth(), "scaled down to 128 pixels");
        assertEquals(128, cfo.getHeight(), "cut square");
        assertTrue(new Color(cfo.getRGB(64, 64)).getRed() > 200, "the CFO's photo is the red one");
        BufferedImage ceo = embedded(chart, "ceo");
        assertTrue(new Color(ceo.getRGB(64, 64)).getBlue() > 200, "matched by the holder's name without accents or case");
        assertEquals("", chart.position(PositionId.of("coo")).photo(), "the broken photo is left out");
        String text = Files.readString(out);
        assertTrue(text.contains("\"photos\" : {") || text.contains("\"photos\": {"), "embedded in the one file");
        assertTrue(text.lines().anyMatch(l -> l.strip().startsWith("\"cfo\"") && l.contains("data:image/jpeg;base64,")),
                "one line per photo");
    }

    @Test
    void aPhotoColumnWithLocalPathsIsEmbeddedRelativeToTheCsv() throws Exception {
        Files.createDirectory(dir.resolve("img"));
        image(dir.resolve("img").resolve("a.png"), 64, 32, Color.RED, "png");
        Path out = dir.resolve("staff.orgchart.json");

        CliRun run = CliRun.of("import", csv(",photo", ",img/a.png", ",img/missing.jpg", ",").toString(),
                "--out", out.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 photos of the photo column embedded"), run.out());
        assertTrue(run.out().contains("The photo missing.jpg was not found."), run.out());
        Chart chart = ChartFiles.load(out);
        assertEquals(32, embedded(chart, "ceo").getWidth(), "a small photo is cut square, not enlarged");
        assertEquals("img/missing.jpg", chart.position(PositionId.of("cfo")).photo(), "the reference is kept");
    }

    @Test
    void aPhotosFolderThatIsNotOneIsRefused() throws Exception {
        Path out = dir.resolve("staff.orgchart.json");

        CliRun run = CliRun.of("import", csv("").toString(), "--out", out.toString(), "--photos",
                dir.resolve("nowhere").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is not a folder"), run.err());
        assertTrue(Files.notExists(out));
    }
}
