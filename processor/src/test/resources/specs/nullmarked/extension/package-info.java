/** A null-marked package with an extension of a null-marked spec. */
@NullMarked
package markedext;

import org.jspecify.annotations.NullMarked;
