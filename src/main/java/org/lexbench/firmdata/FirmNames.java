package org.lexbench.firmdata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a firm's name into the key firms are told apart by when they have no code: full-width
 * and half-width forms, case, spaces and punctuation do not count, nor a partnership note in
 * brackets such as （特殊的普通合伙）. A user's alias table maps short names, old names and other
 * spellings to one firm.
 */
public final class FirmNames {

	private final Map<String, String> aliases;

	private FirmNames(Map<String, String> aliases) {
		this.aliases = aliases;
	}

	public static final FirmNames PLAIN = new FirmNames(Map.of());

	/** With {@code aliases}: alias → the firm's name (both as written). */
	public static FirmNames withAliases(Map<String, String> aliases) {
		Map<String, String> keyed = new HashMap<>();
		aliases.forEach((alias, name) -> keyed.put(fold(alias), fold(name)));
		return new FirmNames(keyed);
	}

	/** The key of a name: equal for every spelling of one firm. */
	public String key(String name) {
		String folded = fold(name);
		return this.aliases.getOrDefault(folded, folded);
	}

	private static final java.util.regex.Pattern PARTNERSHIP = java.util.regex.Pattern
		.compile("\\((特殊的?普通合伙|普通合伙|特殊普通合伙|有限合伙|合伙)\\)");

	private static final java.util.regex.Pattern SPACE_AND_PUNCTUATION = java.util.regex.Pattern.compile("[\\s\\p{P}\\p{S}]");

	static String fold(String name) {
		String t = NumberText.normalise(name).toLowerCase(Locale.ROOT);
		t = PARTNERSHIP.matcher(t).replaceAll("");
		return SPACE_AND_PUNCTUATION.matcher(t).replaceAll("");
	}

}
