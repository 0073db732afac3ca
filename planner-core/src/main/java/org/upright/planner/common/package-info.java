/** Small types shared by every feature (the shared kernel), kept tiny on purpose. */
package org.upright.planner.common;
