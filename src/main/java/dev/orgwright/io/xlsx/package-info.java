/**
 * Excel workbooks in and out. A sheet of an {@code .xlsx} or {@code .xls} file is read into the
 * same {@link dev.orgwright.io.csv.CsvTable} a CSV file gives, so that one mapping and one
 * importer serve both: title rows above the header are skipped, formulas give their cached
 * values, and numbers and dates are written as a CSV file would hold them (54705, 0.36,
 * 2024-03-31). {@code .xlsx} sheets are read as a stream, so that a large sheet costs little
 * memory. A chart is written as a workbook of two sheets: its positions, with FTE and cost as
 * numbers, and the findings of its rules. Uses the model, the CSV table and Apache POI.
 */
package dev.orgwright.io.xlsx;
