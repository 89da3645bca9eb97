/**
 * The analysts' HTTP service and page: Jakarta REST resources on an embedded server, their
 * security (users, roles, sessions, CSRF, the public origin behind a trusted proxy, TLS), uploads,
 * downloads and the FreeMarker pages. It asks
 * the batch side for everything through {@link org.parley.web.RunControl} and
 * {@link org.parley.web.ScheduleControl}, so it never imports Jakarta Batch.
 */
package org.parley.web;
