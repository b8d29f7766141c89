/**
 * Fee uplifts in the pages. Council staff (commissioners and contract managers) open a fee review for some lots with
 * a standard uplift for each, see every placement in scope and the requests in a queue paged in the database, approve
 * the standard acceptances together, extend a window once, decide each request and export the decisions
 * ({@code council/fee-review*.xhtml}, {@code council/uplift.xhtml}, a servlet for the decisions CSV); the contract
 * management dashboard counts what waits in each window. Providers see the reviews that cover their placements,
 * accept the standard uplift for many placements at once or ask for more for one, with a cost breakdown, a case and
 * evidence, and read the decision and its letter ({@code provider/fee-review*.xhtml}, {@code provider/uplift.xhtml});
 * they also see their placements with each one's fee history ({@code provider/placement*.xhtml}). The services decide
 * everything; the beans only call them and show what they answer. Entities are kept out of the serialised view state
 * (transient, read again when missing), so the pages survive a session moving between servers.
 */
package uk.hearth.web.uplifts;
