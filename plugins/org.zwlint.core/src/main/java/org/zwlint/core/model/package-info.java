/**
 * The reference model of the native system services: which services exist, how their parameters are used, what
 * each one probes and captures when PreviousMode is UserMode, and the service tables the dispatcher indexes. Loaded
 * from data files; depends on nothing but the JDK and Gson.
 */
@NonNullByDefault
package org.zwlint.core.model;

import org.eclipse.jdt.annotation.NonNullByDefault;
