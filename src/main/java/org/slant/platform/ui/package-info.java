/** The pieces every feature's views share: the layout, project tabs, refusal pages, notifications. */
@NamedInterface("ui")
package org.slant.platform.ui;

import org.springframework.modulith.NamedInterface;
