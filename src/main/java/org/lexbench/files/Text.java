package org.lexbench.files;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A user-facing message: a key of the message catalogue and its arguments, rendered in the
 * language of whoever reads it. Arguments that are themselves {@link Localised} are rendered in
 * the same language.
 */
public record Text(String key, List<Object> args) implements Localised {

	public Text {
		Objects.requireNonNull(key, "key");
		args = List.copyOf(args);
	}

	public static Text of(String key, Object... args) {
		return new Text(key, Arrays.asList(args));
	}

	@Override
	public String in(Language language) {
		return MessageCatalogue.render(this, language);
	}

}
