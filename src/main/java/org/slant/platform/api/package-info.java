/** The pieces every feature's REST API shares: problem responses, paging, upload limits. */
@NamedInterface("api")
package org.slant.platform.api;

import org.springframework.modulith.NamedInterface;
