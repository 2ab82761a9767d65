/**
 * Private calendar feeds: one secret address per user, its token stored only as a hash, and the feed of the
 * deadlines the user may see, read from the modules that own them.
 */
package org.partnerflow.calendar;
