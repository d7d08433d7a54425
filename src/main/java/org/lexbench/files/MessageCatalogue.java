package org.lexbench.files;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The messages of lexbench in both languages, from {@code i18n/messages*.properties} (UTF-8).
 * Placeholders are {@code {0}}, {@code {1}} …; no other character is special, so quotes and
 * apostrophes need no escaping.
 */
public final class MessageCatalogue {

	private static final String BUNDLE = "i18n.messages";

	private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

	private MessageCatalogue() {
	}

	static String render(Text text, Language language) {
		String pattern = pattern(text.key(), language);
		StringBuilder out = new StringBuilder(pattern.length() + 32);
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			int close = c == '{' ? pattern.indexOf('}', i) : -1;
			if (close > i + 1 && isIndex(pattern, i + 1, close)) {
				int index = Integer.parseInt(pattern.substring(i + 1, close));
				out.append(index < text.args().size() ? argument(text.args().get(index), language) : "");
				i = close;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The raw pattern of a key; a key missing from the catalogue renders as itself. */
	public static String pattern(String key, Language language) {
		try {
			return bundle(language).getString(key);
		}
		catch (MissingResourceException missing) {
			return key;
		}
	}

	/** Every key of one language's catalogue (tests compare the two languages). */
	public static Set<String> keys(Language language) {
		return bundle(language).keySet();
	}

	private static boolean isIndex(String s, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!Character.isDigit(s.charAt(i))) {
				return false;
			}
		}
		return to - from <= 2;
	}

	private static String argument(Object arg, Language language) {
		if (arg instanceof Localised localised) {
			return localised.in(language);
		}
		return String.valueOf(arg);
	}

	private static synchronized ResourceBundle bundle(Language language) {
		return BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle(BUNDLE, l.locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
	}

}
