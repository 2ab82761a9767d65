/** Read models and the pages that draw on several modules: home, programmes, later the dashboards. */
package org.partnerflow.dashboard;
