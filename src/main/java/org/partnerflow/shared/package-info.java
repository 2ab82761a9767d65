/** Generic building blocks every module may use: money, problem details, clock. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.partnerflow.shared;
