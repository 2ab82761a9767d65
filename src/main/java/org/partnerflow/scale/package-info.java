/**
 * Scale data for performance work (profile {@code scale} only): many programmes and partnerships with awards,
 * milestones, tranches, learning reviews, case studies, running milestone processes and a completed history,
 * written with batch inserts so that a thousand partnerships take seconds, not hours.
 */
package org.partnerflow.scale;
