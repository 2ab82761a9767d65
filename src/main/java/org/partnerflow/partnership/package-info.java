/** Partnerships: their programme, lead and member organisations, aims, workstreams and place. */
package org.partnerflow.partnership;
