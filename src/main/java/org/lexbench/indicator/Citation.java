package org.lexbench.indicator;

import java.util.Optional;

/** Where a set or an indicator comes from: a bilingual reference and, optionally, a link. */
public record Citation(Bilingual text, Optional<String> url) {

	public Citation {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("a citation needs a text");
		}
		url = url == null ? Optional.empty() : url;
	}

}
