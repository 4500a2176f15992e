package dev.orgwright.io;

import dev.orgwright.model.Chart;
import dev.orgwright.model.Edits;
import dev.orgwright.model.Photos;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Settings;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Puts photos into a chart (decision 0020): each image is read from a local file, cut to a
 * square around its centre, scaled down to {@link #SIZE} pixels and embedded as a JPEG under the
 * position's id, so that the chart stays one file of a few kilobytes per photo. Nothing is fetched
 * from the network. A file that is not a readable image is reported and skipped; the rest go on.
 */
public final class PhotoImport {

    /** The side of an embedded photo in pixels: sharp on a card, about 5 KB as a JPEG. */
    public static final int SIZE = 128;

    private static final float QUALITY = 0.85f;

    private PhotoImport() {
    }

    /**
     * What an import of photos did.
     *
     * @param chart     the chart with the photos embedded
     * @param matched   the photos embedded
     * @param unmatched the files that named no position (their names)
     * @param problems  a sentence for each file that could not be read as an image
     */
    public record Outcome(Chart chart, int matched, List<String> unmatched, List<String> problems) {

        public Outcome {
            unmatched = List.copyOf(unmatched);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Which files of a folder are whose photos, found from their names alone (no image is read):
     * what an import of the folder would embed, for a preview.
     *
     * @param photos    each JPEG or PNG file that names positions, with those positions, in file name order
     * @param unmatched the names of the image files that name no position
     */
    public record FolderMatch(Map<Path, List<PositionId>> photos, List<String> unmatched) {

        public FolderMatch {
            photos = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(photos));
            unmatched = List.copyOf(unmatched);
        }

        /** How many positions get a photo (a file named by a holder's name may serve several). */
        public int matched() {
            return photos.values().stream().mapToInt(List::size).sum();
        }
    }

    /**
     * The JPEG and PNG files of {@code folder}, each matched to the positions it names by a
     * position's id or by its holder's name, compared without case, spaces, punctuation or
     * accents ("José García.jpg" is the photo of José Garcia's position). An id wins over a name.
     */
    public static FolderMatch match(Chart chart, Path folder) throws IOException {
        Map<String, List<PositionId>> byId = new LinkedHashMap<>();
        Map<String, List<PositionId>> byName = new LinkedHashMap<>();
        for (Position p : chart.inTreeOrder()) {
            byId.computeIfAbsent(key(p.id().value()), k -> new ArrayList<>()).add(p.id());
            if (!p.isVacant() && !p.holder().isBlank()) {
                byName.computeIfAbsent(key(p.holder()), k -> new ArrayList<>()).add(p.id());
            }
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(PhotoImport::isImageFile).sorted().toList();
        }
        Map<Path, List<PositionId>> photos = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = key(name.substring(0, name.lastIndexOf('.')));
            List<PositionId> ids = byId.getOrDefault(stem, byName.getOrDefault(stem, List.of()));
            if (ids.isEmpty()) {
                unmatched.add(name);
            } else {
                photos.put(file, ids);
            }
        }
        return new FolderMatch(photos, unmatched);
    }

    /**
     * Embeds the JPEG and PNG files of {@code folder} that {@link #match} finds for positions of
     * {@code chart}.
     */
    public static Outcome fromFolder(Chart chart, Path folder) throws IOException {
        FolderMatch found = match(chart, folder);
        Chart out = chart;
        int matched = 0;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, List<PositionId>> photo : found.photos().entrySet()) {
            Path file = photo.getKey();
            List<PositionId> ids = photo.getValue();
            String uri;
            try {
                uri = embeddable(file);
            } catch (IOException e) {
                problems.add(e.getMessage());
                continue;
            }
            for (PositionId id : ids) {
                out = withPhoto(out, id, uri);
                matched++;
            }
        }
        return new Outcome(out, matched, found.unmatched(), problems);
    }

    /**
     * Embeds the photos that positions name by a local path (as a CSV photo column gives them),
     * read relative to {@code base}. A path that cannot be read is reported and kept as it was.
     */
    public static Outcome fromPaths(Chart chart, Path base) {
        Chart out = chart;
        int matched = 0;
        List<String> problems = new ArrayList<>();
        Map<String, String> done = new LinkedHashMap<>();
        for (Position p : chart.inTreeOrder()) {
            String ref = p.photo();
            if (ref.isEmpty() || ref.startsWith("data:") || Photos.of(out.settings()).containsKey(ref) || isRemote(ref)) {
                continue;
            }
            String uri = done.get(ref);
            if (uri == null) {
                try {
                    Path file = base.resolve(ref.startsWith("file:") ? Path.of(java.net.URI.create(ref)).toString() : ref);
                    uri = embeddable(file);
                    done.put(ref, uri);
                } catch (IOException | IllegalArgumentException e) {
                    problems.add((e instanceof IOException ? e.getMessage() : IoTexts.t("io.photo.notAPath", ref))
                            + " " + IoTexts.t("io.photo.whose", p.title(), p.id()));
                    continue;
                }
            }
            out = withPhoto(out, p.id(), uri);
            matched++;
        }
        return new Outcome(out, matched, List.of(), problems);
    }

    /** {@code chart} with {@code uri} as the photo of {@code id}, kept under its id. */
    private static Chart withPhoto(Chart chart, PositionId id, String uri) {
        Settings settings = Photos.with(chart.settings(), id.value(), uri);
        return Edits.setPhoto(id, id.value()).apply(chart.withSettings(settings));
    }

    /**
     * The file as a data URI of a square JPEG at most {@link #SIZE} pixels wide; an
     * {@link IOException} with a sentence naming the file when it is not a readable PNG or JPEG.
     */
    public static String embeddable(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(IoTexts.t("io.photo.notFound", file.getFileName()));
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new IOException(IoTexts.t("io.photo.unreadable", file.getFileName()));
        }
        return Photos.dataUri("image/jpeg", jpeg(square(image)));
    }

    /** The largest centred square of {@code image}, scaled to at most {@link #SIZE} pixels, on white. */
    static BufferedImage square(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int size = Math.min(SIZE, side);
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, size, size);
            int x = (image.getWidth() - side) / 2;
            int y = (image.getHeight() - side) / 2;
            g.drawImage(image, 0, 0, size, size, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static boolean isImageFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png"))
                && name.lastIndexOf('.') > 0;
    }

    private static boolean isRemote(String ref) {
        String lower = ref.toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//") || lower.startsWith("ftp:");
    }

    /** A name or id without case, accents, spaces or punctuation: "José  García" and "jose_garcia" are one. */
    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
