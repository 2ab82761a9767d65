/** The audit trail: who changed what and when, with money before and after, recorded in the changing transaction. */
package org.partnerflow.audit;
