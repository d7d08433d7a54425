package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.NearestWord;
import org.lexbench.firmdata.FirmNames;

/**
 * Finds the firm a user means in a score: the exact name, else the same name folded (width,
 * case, spaces), else its code, else the one firm whose folded name contains what was typed; an
 * ambiguous or unknown name is a usage error listing candidates or the nearest name.
 */
public final class FirmLookup {

	private FirmLookup() {
	}

	public static int find(ScoreCard card, String name) {
		OptionalInt exact = card.find(name);
		if (exact.isPresent()) {
			return exact.getAsInt();
		}
		String key = FirmNames.PLAIN.key(name);
		List<Integer> matches = new ArrayList<>();
		for (int f = 0; f < card.size(); f++) {
			String folded = FirmNames.PLAIN.key(card.firms().get(f).name());
			if (folded.equals(key) || card.firms().get(f).code().filter(c -> c.equalsIgnoreCase(name)).isPresent()) {
				return f;
			}
			if (folded.contains(key)) {
				matches.add(f);
			}
		}
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.size() > 1) {
			throw LexbenchException.usage("firm.ambiguous", name, matches.size(),
					String.join(", ", matches.stream().limit(5).map(g -> card.firms().get(g).name()).toList()));
		}
		List<String> names = card.firms().stream().map(r -> r.name()).toList();
		throw LexbenchException.usage("firm.unknown", name, NearestWord.hint(name, names));
	}

}
