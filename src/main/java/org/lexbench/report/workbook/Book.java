package org.lexbench.report.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lexbench.files.Language;
import org.lexbench.files.Localised;
import org.lexbench.files.Text;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.indicator.Bilingual;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/**
 * The workbook being written, as its sheets read it: the score, the data and the run, words in the
 * workbook's language, and the orders every firm sheet shares (by composite rank; as imported).
 */
final class Book {

	private final WorkbookInput input;

	private int[] byRank;

	private int[] records;

	Book(WorkbookInput input) {
		this.input = input;
	}

	WorkbookInput input() {
		return this.input;
	}

	ScoreCard card() {
		return this.input.card();
	}

	FirmDataset data() {
		return this.input.data();
	}

	Language language() {
		return this.input.language();
	}

	/** A message of the catalogue's {@code workbook.} keys, in the workbook's language. */
	String text(String key, Object... args) {
		return Text.of("workbook." + key, args).in(language());
	}

	/** Any message of the catalogue, in the workbook's language. */
	String message(String key, Object... args) {
		return Text.of(key, args).in(language());
	}

	String in(Localised text) {
		return text.in(language());
	}

	/** A bilingual name as a header: the workbook's language, then the other on a second line when it differs. */
	String both(Bilingual name) {
		String first = name.in(language());
		String second = name.get(language().other());
		return second.isEmpty() || second.equals(first) ? first : first + "\n" + second;
	}

	/** The year scored, or a dash for undated data. */
	String year() {
		return card().year().isPresent() ? String.valueOf(card().year().getAsInt()) : "—";
	}

	/** The firms (numbers in the card) by composite rank, best first; ties and the unranked by name, the unranked last. */
	int[] byRank() {
		if (this.byRank == null) {
			double[] rank = card().compositeRank();
			List<FirmRecord> firms = card().firms();
			this.byRank = java.util.stream.IntStream.range(0, card().size()).boxed()
				.sorted(Comparator.comparingDouble((Integer f) -> Double.isNaN(rank[f]) ? Double.MAX_VALUE : rank[f])
					.thenComparing(f -> firms.get(f).name()))
				.mapToInt(Integer::intValue).toArray();
		}
		return this.byRank;
	}

	/** The dataset record of each firm of the card (the card holds the dataset's own records). */
	int record(int firm) {
		if (this.records == null) {
			Map<FirmRecord, Integer> index = new IdentityHashMap<>();
			List<FirmRecord> all = data().records();
			for (int r = 0; r < all.size(); r++) {
				index.put(all.get(r), r);
			}
			int[] out = new int[card().size()];
			for (int f = 0; f < out.length; f++) {
				out[f] = index.getOrDefault(card().firms().get(f), -1);
			}
			this.records = out;
		}
		return this.records[firm];
	}

	/**
	 * The attributes the firms have: the standard ones, then the set's own, then every other column
	 * kept from the files (by name); each only when some firm has a value for it.
	 */
	List<String> attributes() {
		java.util.Set<String> present = new java.util.HashSet<>();
		for (FirmRecord firm : card().firms()) {
			firm.attributes().forEach((key, value) -> {
				if (value != null && !value.isBlank()) {
					present.add(key);
				}
			});
		}
		List<String> out = new ArrayList<>();
		org.lexbench.indicator.StandardAttributes.ALL.forEach(a -> {
			if (present.remove(a.id())) {
				out.add(a.id());
			}
		});
		card().set().attributes().forEach(a -> {
			if (present.remove(a.id())) {
				out.add(a.id());
			}
		});
		present.stream().sorted().forEach(out::add);
		return out;
	}

	/** An attribute's name in the workbook's language (a column kept from a file: its header). */
	String attributeName(String key) {
		return card().set().attribute(key).map(a -> in(a.name())).orElse(key);
	}

	/** The nodes that aggregate (the composite first, then every dimension in tree order) with a score. */
	List<Node> dimensions() {
		List<Node> out = new ArrayList<>();
		out.add(card().set().root());
		for (Node n : card().set().nodes()) {
			if (!(n instanceof Indicator) && card().scores().containsKey(n.id())) {
				out.add(n);
			}
		}
		return out;
	}

	/** The indicators scored (screened-out ones are not), in the set's order. */
	List<Indicator> scored() {
		return card().indicators().stream().filter(i -> card().scores().containsKey(i.id())).toList();
	}

	/** A firm's tier, or why it has none: not eligible, screened out. */
	String standing(int firm) {
		FirmStatus status = card().statuses().get(firm);
		if (status instanceof FirmStatus.Ineligible) {
			return in(card().set().ineligible());
		}
		if (status instanceof FirmStatus.ScreenedOut) {
			return message("status.screened");
		}
		return card().tiers().get(firm).map(t -> in(t.name())).orElse("");
	}

	/** A number as the workbook's notes and paragraphs write it: up to four decimals, no trailing zeros. */
	static String number(double value) {
		if (Double.isNaN(value)) {
			return "—";
		}
		return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
			.toPlainString();
	}

	static String percent(double share) {
		return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
	}

}
