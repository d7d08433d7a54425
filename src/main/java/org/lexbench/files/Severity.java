package org.lexbench.files;

/** How bad a problem is: an error makes the input unusable as it stands, a warning does not. */
public enum Severity {
	ERROR, WARNING
}
