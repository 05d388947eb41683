/**
 * The cockpit page: one self-contained HTML file that shows a set of KPIs the way a politician can
 * read them, with each KPI's SPC chart, its latest value, variation and assurance, what it covers and
 * what it is for, suppressed cells marked as such, and the guards' findings beside the KPIs they
 * concern. No script, no external assets, no network; Danish by default.
 *
 * <pre>{@code
 * String html = CockpitPage.builder()
 *     .title("Sygefravær")
 *     .organisation("Eksempel Kommune")
 *     .generatedAt(LocalDate.of(2026, 11, 23))
 *     .entry(CockpitEntry.of(disclosed).series("Hjemmeplejen", key, chart).build())
 *     .guards(report)
 *     .build()
 *     .render();
 * }</pre>
 */
package dk.datainformed.report;
