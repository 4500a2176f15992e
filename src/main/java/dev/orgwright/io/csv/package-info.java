/**
 * Spreadsheet import and export: CSV files from spreadsheets and HR systems read into a chart
 * (encoding and delimiter detected, columns mapped by their header, every problem row listed
 * with its spreadsheet row number), and charts written back as CSV that the importer reads to
 * the same chart. Uses the model and the JDK only.
 */
package dev.orgwright.io.csv;
