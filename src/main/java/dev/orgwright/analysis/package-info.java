/**
 * The figures of an org design: spans and layers, head count, FTE and cost, per position (with
 * roll-ups of everything below) and for the chart (by tier, department and layer, spans by band).
 * Pure functions of a chart, brought up to date after an edit for what the edit touched, as
 * validation is. Uses the model only.
 */
package dev.orgwright.analysis;
