package dev.statespec.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks every class statespec generates, nested builders included. It stays in the class files
 * ({@code CLASS} retention), unlike {@code javax.annotation.processing.Generated}, so that tools
 * reading them see generated code for what it is: JaCoCo leaves out of its coverage reports every
 * class carrying an annotation of class or runtime retention whose simple name contains {@code
 * Generated}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StateSpecGenerated {}
