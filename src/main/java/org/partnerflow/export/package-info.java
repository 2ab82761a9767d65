/** Open data: a programme's grants as a 360Giving package (JSON) and as its flattened CSV. */
package org.partnerflow.export;
