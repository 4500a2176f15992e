package dev.orgwright.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.orgwright.model.Blank;
import dev.orgwright.model.Chart;
import dev.orgwright.model.ChartBuilder;
import dev.orgwright.model.ChartProblem;
import dev.orgwright.model.FieldDefinition;
import dev.orgwright.model.InvalidChartException;
import dev.orgwright.model.Position;
import dev.orgwright.model.PositionId;
import dev.orgwright.model.Settings;
import dev.orgwright.model.ThemeSettings;
import dev.orgwright.model.Views;
import dev.orgwright.model.CardTemplate;
import dev.orgwright.model.Photos;
import dev.orgwright.model.Tier;
import dev.orgwright.model.UnknownFields;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chart document strictly and explains every refusal: the file, the line and column,
 * and what is wrong, in a sentence. It returns a whole chart or throws
 * {@link ChartFormatException}; never a half-loaded chart, never another exception.
 */
public final class ChartReader {

    private ChartReader() {
    }

    /** Reads the chart in {@code file}. */
    public static Chart read(Path file) throws ChartFormatException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ChartFormatException(source, 0, 0, IoTexts.t("io.chart.folder"));
            }
            long size = Files.size(file);
            if (size > ChartJson.MAX_BYTES) {
                throw new ChartFormatException(source, 0, 0, IoTexts.t("io.chart.tooBig",
                        String.format(dev.orgwright.model.Messages.locale(), "%.1f", size / 1e6),
                        ChartJson.MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.chart.missing", file));
        } catch (IOException e) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.chart.unreadableFile", e.getMessage()));
        }
        return read(bytes, source);
    }

    /**
     * Reads a chart from a stream. A stream longer than {@link ChartJson#MAX_BYTES} is refused
     * once that many bytes have gone by: it is parsed as it arrives, never held whole in memory.
     */
    public static Chart read(InputStream in, String source) throws ChartFormatException {
        byte[] head;
        try {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.chart.unreadable", e.getMessage()));
        }
        if (head.length < HEAD_BYTES) {
            return read(head, source);
        }
        InputStream whole = Utf8Check.checking(new LimitedInputStream(
                new SequenceInputStream(new ByteArrayInputStream(head), in), ChartJson.MAX_BYTES));
        return parse(() -> ChartJson.FACTORY.createParser(whole), source);
    }

    /** Reads a chart from the bytes of a document. */
    public static Chart read(byte[] bytes, String source) throws ChartFormatException {
        if (isBlank(bytes)) {
            throw new ChartFormatException(source, 0, 0, IoTexts.t("io.chart.empty"));
        }
        try {
            Utf8Check.check(bytes);
        } catch (Utf8Check.InvalidUtf8Exception e) {
            throw notUtf8(source, e);
        }
        return parse(() -> ChartJson.FACTORY.createParser(bytes), source);
    }

    /** A stream shorter than this is read whole first, so that an empty one is told as empty. */
    private static final int HEAD_BYTES = 1 << 16;

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static Chart parse(ParserSource source, String name) throws ChartFormatException {
        JsonParser parser;
        try {
            parser = source.open();
        } catch (IOException e) {
            throw new ChartFormatException(name, 0, 0, IoTexts.t("io.chart.unreadable", e.getMessage()));
        }
        try (parser) {
            return new Session(parser, name).readDocument();
        } catch (Utf8Check.InvalidUtf8Exception e) {
            throw notUtf8(name, e);
        } catch (LimitedInputStream.TooLongException e) {
            throw new ChartFormatException(name, 0, 0, IoTexts.t("io.chart.tooLarge",
                    ChartJson.MAX_BYTES / (1024 * 1024)));
        } catch (JsonEOFException e) {
            throw at(name, e.getLocation(), IoTexts.t("io.chart.cutOff"));
        } catch (StreamConstraintsException e) {
            // A limit hit inside a nested read carries no location; the parser still knows where it is.
            throw at(name, e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation(), tooLarge(e));
        } catch (JsonProcessingException e) {
            throw at(name, e.getLocation(), jsonProblem(e));
        } catch (NumberFormatException e) {
            // Jackson reads 1E3262462796 as a number token but cannot make a BigDecimal of it.
            throw at(name, parser.currentTokenLocation(), IoTexts.t("io.chart.exponent"));
        } catch (CharConversionException e) {
            throw new ChartFormatException(name, 0, 0, IoTexts.t("io.chart.notUtf8"));
        } catch (IOException e) {
            throw new ChartFormatException(name, 0, 0, IoTexts.t("io.chart.unreadable", e.getMessage()));
        }
    }

    private static ChartFormatException notUtf8(String source, Utf8Check.InvalidUtf8Exception e) {
        return new ChartFormatException(source, e.line, e.column,
                IoTexts.t("io.chart.notUtf8"));
    }

    /** The start of Jackson's message about a key written twice; the key follows it. */
    private static final String DUPLICATE_FIELD = "Duplicate field ";

    private static String jsonProblem(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (original.startsWith(DUPLICATE_FIELD)) {
            return IoTexts.t("io.chart.duplicateKey",
                    original.substring(DUPLICATE_FIELD.length()).replace('\'', '"'));
        }
        if (original.contains("Invalid UTF-8")) {
            return IoTexts.t("io.chart.notUtf8");
        }
        // Jackson's wording names parser features; a user needs to know what to change in the file.
        if (original.contains("maybe a (non-standard) comment")) {
            return IoTexts.t("io.chart.comment");
        }
        if (original.startsWith("Unexpected character (''' (code 39))")) {
            return IoTexts.t("io.chart.singleQuotes");
        }
        Matcher token = BAD_TOKEN.matcher(original);
        if (token.find()) {
            return IoTexts.t("io.chart.badToken", token.group(1));
        }
        Matcher control = CONTROL_CHARACTER.matcher(original);
        if (control.find()) {
            return IoTexts.t("io.chart.controlInText", control.group(1));
        }
        Matcher stray = STRAY_CONTROL_CHARACTER.matcher(original);
        if (stray.find()) {
            return IoTexts.t("io.chart.strayControl", stray.group(1));
        }
        return IoTexts.t("io.chart.notJson", firstLine(original));
    }

    private static final Pattern NUMBER_TOO_LONG =
            Pattern.compile("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern BAD_TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']*)'");
    private static final Pattern CONTROL_CHARACTER =
            Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern STRAY_CONTROL_CHARACTER =
            Pattern.compile("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

    private static String tooLarge(StreamConstraintsException e) {
        String original = e.getOriginalMessage();
        if (original.contains("nesting")) {
            return IoTexts.t("io.chart.tooDeep", String.valueOf(ChartJson.MAX_DEPTH));
        }
        Matcher number = NUMBER_TOO_LONG.matcher(original);
        if (number.find()) {
            return IoTexts.t("io.chart.numberTooLong", number.group(1), number.group(2));
        }
        return IoTexts.t("io.chart.valueTooLong", firstLine(original));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static boolean isBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    static ChartFormatException at(String source, JsonLocation location, String reason) {
        return location == null ? new ChartFormatException(source, 0, 0, reason)
                : new ChartFormatException(source, location.getLineNr(), location.getColumnNr(), reason);
    }

    /** The state of one read: the parser, and where each position started, for later messages. */
    private static final class Session {
        private final JsonParser p;
        private final String source;
        private final Map<PositionId, JsonLocation> positionStarts = new HashMap<>();
        private final DocumentFields fields;

        Session(JsonParser parser, String source) {
            this.p = parser;
            this.source = source;
            this.fields = new DocumentFields(parser, source);
        }

        Chart readDocument() throws IOException, ChartFormatException {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw at(source, p.currentTokenLocation(),
                        IoTexts.t("io.chart.notObject"));
            }
            JsonLocation start = p.currentTokenLocation();
            String format = null;
            Integer version = null;
            String title = null;
            List<Tier> tiers = null;
            List<Position> positions = null;
            List<FieldDefinition> customFields = List.of();
            Settings settings = Settings.NONE;
            Object theme = null;
            JsonLocation themeAt = null;
            Map<String, Object> views = new LinkedHashMap<>();
            Map<String, JsonLocation> viewsAt = new LinkedHashMap<>();
            Map<String, Object> topSettings = new LinkedHashMap<>();
            Map<String, JsonLocation> topSettingsAt = new LinkedHashMap<>();
            Map<String, Object> unknown = new LinkedHashMap<>();
            ScenarioReader scenarios = new ScenarioReader(p, fields, source);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> {
                        format = fields.string(() -> IoTexts.t("io.chart.subject.format"));
                        checkFormat(format);
                    }
                    case "version" -> {
                        checkNotHuge();
                        version = fields.integer(() -> IoTexts.t("io.chart.subject.version"), Integer.MIN_VALUE);
                        checkVersion(version);
                    }
                    case "title" -> title = fields.optionalString(() -> IoTexts.t("io.chart.subject.title"));
                    case "tiers" -> tiers = fields.tiers();
                    case "positions" -> positions = readPositions();
                    case "scenarios" -> scenarios.read();
                    case "fields" -> customFields = fields.fieldDefinitions();
                    case "settings" -> {
                        JsonLocation at = p.currentTokenLocation();
                        settings = Settings.of(fields.object(() -> IoTexts.t("io.chart.subject.settings")));
                        checkCurrency(settings, at);
                    }
                    case ThemeSettings.KEY -> {
                        themeAt = p.currentTokenLocation();
                        theme = fields.anyValue();
                    }
                    case Views.KEY, Views.CURRENT -> {
                        viewsAt.put(name, p.currentTokenLocation());
                        views.put(name, fields.anyValue());
                    }
                    case CardTemplate.KEY, Photos.KEY -> {
                        topSettingsAt.put(name, p.currentTokenLocation());
                        topSettings.put(name, fields.anyValue());
                    }
                    default -> unknown.put(name, fields.anyValue());
                }
            }
            settings = withTheme(settings, theme, themeAt);
            settings = withViews(settings, views, viewsAt);
            for (Map.Entry<String, Object> e : topSettings.entrySet()) {
                settings = withTopSetting(settings, e.getKey(), e.getValue(), topSettingsAt.get(e.getKey()));
            }
            boolean more;
            try {
                more = p.nextToken() != null;
            } catch (JsonProcessingException e) {
                more = true; // what follows is not JSON, and not part of the chart either way
            }
            if (more) {
                throw at(source, p.currentTokenLocation(),
                        IoTexts.t("io.chart.trailing"));
            }
            if (format == null) {
                throw at(source, start, IoTexts.t("io.chart.noFormat", ChartJson.FORMAT));
            }
            if (version == null) {
                throw at(source, start, IoTexts.t("io.chart.noVersion"));
            }
            if (positions == null) {
                throw at(source, start, IoTexts.t("io.chart.noPositions"));
            }
            ChartBuilder builder = Chart.builder()
                    .settings(settings)
                    .fields(customFields)
                    .unknownFields(UnknownFields.of(unknown))
                    .addAll(positions);
            if (title != null && !Blank.isBlank(title)) {
                builder.title(title); // otherwise the builder's "Untitled chart", as the format says
            }
            if (tiers != null) {
                builder.tiers(tiers);
            }
            Chart current;
            try {
                current = builder.build();
            } catch (InvalidChartException e) {
                throw structural(e);
            }
            return scenarios.attach(current);
        }

        /**
         * The chart keeps its theme among its settings; the document has it at the top, where a
         * reader of the file looks for it. Its shape is checked here so that a broken theme is
         * told with its place, not drawn as something else.
         */
        private Settings withTheme(Settings settings, Object theme, JsonLocation at) throws ChartFormatException {
            if (at == null) {
                return settings;
            }
            if (ThemeSettings.present(settings)) {
                throw at(source, at, IoTexts.t("io.chart.themeTwice"));
            }
            var problem = ThemeSettings.problem(theme);
            if (problem.isPresent()) {
                throw at(source, at, problem.get());
            }
            return settings.with(ThemeSettings.KEY, theme);
        }

        /**
         * The chart keeps its views among its settings (decision 0025), like its theme; their
         * shape is checked here so that a broken view is told with its place.
         */
        private Settings withViews(Settings settings, Map<String, Object> views, Map<String, JsonLocation> at)
                throws ChartFormatException {
            for (Map.Entry<String, Object> e : views.entrySet()) {
                String key = e.getKey();
                if (settings.asMap().containsKey(key)) {
                    throw at(source, at.get(key), IoTexts.t("io.chart.settingTwice", key));
                }
                var problem = Views.problem(key, e.getValue());
                if (problem.isPresent()) {
                    throw at(source, at.get(key), problem.get());
                }
                settings = settings.with(key, e.getValue());
            }
            return settings;
        }

        /**
         * The card template and the photos are kept among the settings, as the theme is, and
         * checked here so that a broken one is told with its place.
         */
        private Settings withTopSetting(Settings settings, String key, Object value, JsonLocation at)
                throws ChartFormatException {
            if (settings.asMap().containsKey(key)) {
                throw at(source, at, IoTexts.t("io.chart.settingTwice", key));
            }
            var problem = key.equals(CardTemplate.KEY) ? CardTemplate.problem(value) : Photos.problem(value);
            if (problem.isPresent()) {
                throw at(source, at, problem.get());
            }
            return settings.with(key, value);
        }

        /** The currency is the one setting checked on reading: costs mean nothing in an unknown one. */
        private void checkCurrency(Settings settings, JsonLocation at) throws ChartFormatException {
            if (!settings.asMap().containsKey(Settings.CURRENCY)) {
                return;
            }
            Object code = settings.asMap().get(Settings.CURRENCY);
            if (!(code instanceof String text) || !Settings.isCurrencyCode(text)) {
                String shown = code instanceof String text ? "\"" + text + "\""
                        : code == null ? "null" : IoTexts.t(code instanceof Number ? "io.chart.shown.number"
                        : code instanceof Boolean ? "io.chart.shown.boolean"
                        : code instanceof List ? "io.chart.shown.list" : "io.chart.shown.object");
                throw at(source, at, IoTexts.t("io.chart.currency", shown));
            }
        }

        private void checkFormat(String format) throws ChartFormatException {
            if (!ChartJson.FORMAT.equals(format)) {
                throw at(source, p.currentTokenLocation(), IoTexts.t("io.chart.otherFormat", format, ChartJson.FORMAT));
            }
        }

        /** A version beyond int is still a version number (a far newer program, or a typo): say so. */
        private void checkNotHuge() throws IOException, ChartFormatException {
            boolean hugeWhole = p.currentToken() == JsonToken.VALUE_NUMBER_INT
                    ? p.getNumberType() != JsonParser.NumberType.INT
                    : p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && isHugeWhole(p.getDecimalValue());
            if (hugeWhole) {
                String version = p.getText();
                throw at(source, p.currentTokenLocation(), version.startsWith("-")
                        ? IoTexts.t("io.chart.negativeVersion", version)
                        : IoTexts.t("io.chart.unknownVersion", version, ChartJson.VERSION));
            }
        }

        /** A whole number written with a point or an exponent ({@code 3e10}) that no int holds. */
        private static boolean isHugeWhole(java.math.BigDecimal value) {
            return value.stripTrailingZeros().scale() <= 0 && (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0);
        }

        private static final java.math.BigDecimal INT_MIN = java.math.BigDecimal.valueOf(Integer.MIN_VALUE);
        private static final java.math.BigDecimal INT_MAX = java.math.BigDecimal.valueOf(Integer.MAX_VALUE);

        private void checkVersion(int version) throws ChartFormatException {
            if (version > ChartJson.VERSION) {
                throw at(source, p.currentTokenLocation(), IoTexts.t("io.chart.newerVersion",
                        String.valueOf(version), ChartJson.VERSION));
            }
            if (version < 1) {
                throw at(source, p.currentTokenLocation(), IoTexts.t("io.chart.negativeVersion", String.valueOf(version)));
            }
        }

        private List<Position> readPositions() throws IOException, ChartFormatException {
            fields.expect(JsonToken.START_ARRAY, () -> IoTexts.t("io.chart.subject.positions"));
            List<Position> out = new ArrayList<>();
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                index++;
                JsonLocation where = p.currentTokenLocation();
                Position position = fields.position(index);
                positionStarts.put(position.id(), where); // the last one: a duplicate is reported where it repeats
                out.add(position);
            }
            return out;
        }

        private ChartFormatException structural(InvalidChartException e) {
            List<String> all = new ArrayList<>();
            for (ChartProblem problem : e.problems()) {
                JsonLocation where = problem.position().map(positionStarts::get).orElse(null);
                all.add(at(source, where, problem.message()).getMessage());
            }
            ChartProblem first = e.problems().get(0);
            JsonLocation where = first.position().map(positionStarts::get).orElse(null);
            return new ChartFormatException(source, where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), first.message(), all);
        }
    }
}
