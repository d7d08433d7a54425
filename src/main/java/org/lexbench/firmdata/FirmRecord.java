package org.lexbench.firmdata;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One firm in one year (or with no year): the key it is told apart by (its code when it has a
 * valid one, else its normalised name), its name and code as written, its attributes (standard,
 * declared, and every other column of its row), and where the row was read.
 */
public record FirmRecord(String key, String name, Optional<String> code, OptionalInt year,
		Map<String, String> attributes, String file, int row) {

	public FirmRecord {
		attributes = Map.copyOf(attributes);
	}

	/** Identity and year together: two records with the same one are the same firm's same year. */
	String identity() {
		return this.key + "|" + (this.year.isPresent() ? this.year.getAsInt() : "");
	}

}
