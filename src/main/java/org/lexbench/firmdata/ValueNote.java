package org.lexbench.firmdata;

/** Where a value comes from and a note on it, as a long-layout file gives them (either may be empty). */
public record ValueNote(String source, String note) {

	public ValueNote {
		source = source == null ? "" : source;
		note = note == null ? "" : note;
	}

}
