/** A null-marked package: a rule's {@code initial} that may be null says so. */
@NullMarked
package marked;

import org.jspecify.annotations.NullMarked;
