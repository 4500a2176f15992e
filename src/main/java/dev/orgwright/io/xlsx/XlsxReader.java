package dev.orgwright.io.xlsx;

import dev.orgwright.io.ChartFormatException;
import dev.orgwright.io.csv.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an {@code .xlsx} file as a stream of XML events: no cell objects are made,
 * only the rows with content are kept, and the shared strings are read once. A formula cell gives
 * the value the file holds for it (what the spreadsheet showed when it was saved).
 */
final class XlsxReader {

    private XlsxReader() {
    }

    /** The sheet named {@code sheetName} (any case), or the first sheet when {@code null}. */
    static CsvTable read(Path file, String sheetName) throws ChartFormatException, IOException, SAXException,
            OpenXML4JException {
        String source = file.toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = date1904(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (WorkbookImport.isChosen(name, sheetName, names.size() == 1)) {
                        SharedStrings strings = sharedStrings(pkg);
                        SheetRows rows = new SheetRows(source, name);
                        parse(in, new SheetHandler(rows, strings, dateStyles(reader.getStylesTable()), date1904));
                        return rows.table(dev.orgwright.io.IoTexts.t("io.xlsx.sheet", name));
                    }
                }
            }
            throw WorkbookImport.noSuchSheet(source, sheetName, names);
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException,
            ChartFormatException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("This Java has no XML parser.", e);
        } catch (RowsRefused e) {
            throw e.reason;
        }
    }

    private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, SAXException,
            ChartFormatException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        SharedStrings strings = new SharedStrings();
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = part.getInputStream()) {
                parse(in, strings);
            }
        }
        return strings;
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException, SAXException, OpenXML4JException,
            ChartFormatException {
        boolean[] found = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String v = attributes.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
        }
        return found[0];
    }

    /** For each cell style, whether its number format shows a date or a time. */
    private static boolean[] dateStyles(StylesTable styles) {
        if (styles == null) {
            return new boolean[0];
        }
        boolean[] isDate = new boolean[styles.getNumCellStyles()];
        for (int i = 0; i < isDate.length; i++) {
            XSSFCellStyle style = styles.getStyleAt(i);
            isDate[i] = style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        }
        return isDate;
    }

    /** Carries a refusal of the rows (too many cells) out of the XML parser. */
    private static final class RowsRefused extends SAXException {
        private final transient ChartFormatException reason;

        RowsRefused(ChartFormatException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    /** The cells of {@code <sheetData>}: rows of {@code <c r t s><v/></c>}, inline strings in {@code <is>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final SheetRows rows;
        private final SharedStrings strings;
        private final boolean[] dateStyles;
        private final boolean date1904;
        private final StringBuilder text = new StringBuilder();
        private String[] row = new String[32];
        private int rowNumber;
        private int lastColumn = -1;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(SheetRows rows, SharedStrings strings, boolean[] dateStyles, boolean date1904) {
            this.rows = rows;
            this.strings = strings;
            this.dateStyles = dateStyles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    lastColumn = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? lastColumn + 1 : columnOf(ref);
                    column = column < 0 ? lastColumn + 1 : column;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> text.setLength(0);
                case "t" -> inInlineText = "inlineStr".equals(type);
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || (inInlineText && !inPhonetic)) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    lastColumn = column;
                    if (!text.isEmpty()) {
                        put(column, value(text.toString()));
                    }
                }
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private String value(String raw) {
            if (type == null || "n".equals(type)) {
                if (style < dateStyles.length && dateStyles[style]) {
                    try {
                        return CellText.date(Double.parseDouble(raw), date1904);
                    } catch (NumberFormatException e) {
                        return raw;
                    }
                }
                return CellText.number(raw);
            }
            return switch (type) {
                case "s" -> strings.get(Integer.parseInt(raw.strip()));
                case "b" -> CellText.bool("1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()));
                case "d" -> raw.endsWith("T00:00:00") ? raw.substring(0, raw.length() - 9) : raw;
                case "inlineStr" -> SharedStrings.decode(raw);
                default -> raw; // a formula's text ("str") and errors ("e") as shown
            };
        }

        private void put(int c, String value) {
            if (c >= row.length) {
                row = Arrays.copyOf(row, Math.max(row.length * 2, c + 1));
            }
            row[c] = value;
        }

        private void endRow() throws SAXException {
            int width = 0;
            for (int c = row.length - 1; c >= 0; c--) {
                if (row[c] != null) {
                    width = c + 1;
                    break;
                }
            }
            if (width > 0) {
                try {
                    rows.add(rowNumber, Arrays.copyOf(row, width));
                } catch (ChartFormatException e) {
                    throw new RowsRefused(e);
                }
                Arrays.fill(row, 0, width, null);
            }
        }

        /** The 0-based column of a reference such as "AB12". */
        private static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch < 'A' || ch > 'Z') {
                    break;
                }
                column = column * 26 + (ch - 'A' + 1);
            }
            return column - 1;
        }
    }
}
