/**
 * Case studies (BPMN process caseStudyUpdate): versioned, append-only case studies of partnerships, their public
 * pages, the public's update requests and the editorial workflow that publishes a new version.
 */
package org.partnerflow.casestudy;
