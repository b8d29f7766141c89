/**
 * Fee uplifts in the pages. Council staff (commissioners and contract managers) open a fee review for some lots with
 * a standard uplift for each, see every placement in scope and the requests in a queue paged in the database, approve
 * the standard acceptances together, extend a window once, ask a provider a question about a request (pausing the
 * decision clock or not), decide each request, decide a review the provider asked for (another officer than the
 * first), and export the decisions as CSV or Excel ({@code council/fee-review*.xhtml}, {@code council/uplift.xhtml},
 * one servlet for both exports); the contract management dashboard counts what waits in each window. Providers see
 * the reviews that cover their placements, accept the standard uplift for many placements at once or ask for more for
 * one, with a cost breakdown, a case and evidence, answer the council's question, read the decision and its letter
 * and ask once for its review ({@code provider/fee-review*.xhtml}, {@code provider/uplift.xhtml}); they also see their
 * placements with each one's fee history ({@code provider/placement*.xhtml}). Everyone signed in sees the published
 * outcomes of closed reviews per lot, as a table and a bar chart ({@code provider/fee-review-outcomes.xhtml} and
 * {@code council/fee-review-outcomes.xhtml}, one include). The services decide everything; the beans only call them
 * and show what they answer. Entities are kept out of the serialised view state (transient, read again when missing),
 * so the pages survive a session moving between servers.
 */
package uk.hearth.web.uplifts;
