/** Eclipse Help pages for ZwLint's rules, written at build time from the rule catalog (rules.json). */
@NonNullByDefault
package org.zwlint.ui.help;

import org.eclipse.jdt.annotation.NonNullByDefault;
