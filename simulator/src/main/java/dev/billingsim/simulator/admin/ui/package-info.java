/**
 * The page at {@code /__admin/billing/ui}: a plain HTML, CSS and JavaScript view of the billing
 * world served from the jar, which reads and steers it only through the admin API. Also the two
 * read endpoints the page and load tests need beside the billing admin API: the journal's last
 * requests as RPC calls ({@code /__admin/billing/requests}) and the metrics ({@code
 * /__admin/billing/metrics}).
 */
package dev.billingsim.simulator.admin.ui;
