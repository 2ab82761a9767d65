/** Demo data and demo users for local use (profile {@code demo} only), loaded once through the modules' own APIs. */
package org.partnerflow.demo;
