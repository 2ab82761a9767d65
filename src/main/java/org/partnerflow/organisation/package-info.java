/** Organisations (NHS bodies, councils, charities, funders) identified by org-id identifiers. */
package org.partnerflow.organisation;
