package org.lexbench.files;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a user most likely meant, for "did you mean …?" hints. */
public final class NearestWord {

	private NearestWord() {
	}

	/**
	 * The candidate closest to {@code word} by edit distance (case-insensitive), if it is close
	 * enough to be a plausible typo: at most 2 edits, and fewer than half the word's length.
	 */
	public static Optional<String> to(String word, Collection<String> candidates) {
		String w = word.toLowerCase(Locale.ROOT);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int d = distance(w, candidate.toLowerCase(Locale.ROOT));
			if (d < bestDistance) {
				best = candidate;
				bestDistance = d;
			}
		}
		int limit = Math.min(2, Math.max(1, (w.length() - 1) / 2));
		return bestDistance <= limit && bestDistance > 0 ? Optional.of(best) : Optional.empty();
	}

	/** " (did you mean …?)" in the reader's language, or nothing when no candidate is close. */
	public static Localised hint(String word, Collection<String> candidates) {
		Optional<String> best = to(word, candidates);
		return language -> best.map(b -> Text.of("hint.did-you-mean", b).in(language)).orElse("");
	}

	/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
