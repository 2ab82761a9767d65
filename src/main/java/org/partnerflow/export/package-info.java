/**
 * Open data: a programme's grants as a 360Giving package (JSON) and its flattened CSV, 360Giving's quality checks on
 * them, and the public file of every published programme's grants (served from the read cache).
 */
package org.partnerflow.export;
