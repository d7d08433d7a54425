package org.lexbench.files;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The file names handed out for one output folder in one run, each different from the others
 * even on a file system that ignores case: a name already given gets {@code -2}, {@code -3} …
 * before its extension.
 */
public final class UniqueFileNames {

	private final Set<String> taken = new HashSet<>();

	/** {@code name} itself the first time, then numbered variants of it. */
	public String claim(String name) {
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		String candidate = name;
		for (int n = 2; !this.taken.add(key(candidate)); n++) {
			candidate = stem + "-" + n + extension;
		}
		return candidate;
	}

	private static String key(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

}
