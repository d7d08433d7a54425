package org.lexbench.report.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.lexbench.files.AtomicOutput;
import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.scoring.ScoreCard;

/**
 * Writes the results of a score as a dataset for researchers — one table, in a layout and a
 * format, with its codebook beside it ({@code NAME.codebook.EXT}, same format) — every year
 * scored, each file written whole to a temporary file in its folder and then moved into place.
 * Output names never come from firm names.
 */
public final class DatasetExport {

	/**
	 * What to write: the layout, the format, the data file, the salt firms are pseudonymised by
	 * (none: firms are named) and whether a codebook goes beside the data.
	 */
	public record Request(Layout layout, DatasetFormat format, Path target, Optional<Salt> salt, boolean codebook) {

		public Request {
			Objects.requireNonNull(layout, "layout");
			Objects.requireNonNull(format, "format");
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(salt, "salt");
		}

	}

	/** One file written: where, how many data rows and columns, and on which sheets (xlsx only). */
	public record WrittenFile(Path path, long rows, int columns, List<String> sheets) {

		public WrittenFile {
			sheets = List.copyOf(sheets);
		}

	}

	/** What an export wrote: the data, the codebook when asked for, and the pseudonyms' length (0: named). */
	public record Result(WrittenFile data, Optional<WrittenFile> codebook, int pseudonymDigits) {
	}

	private DatasetExport() {
	}

	/** Writes the cards (one per year scored, oldest first, all by the same set) as {@code request} says. */
	public static Result write(List<ScoreCard> cards, Request request) {
		if (cards.isEmpty()) {
			throw new IllegalArgumentException("a dataset needs at least one scored year");
		}
		FirmIdentity identity = identity(cards, request.salt());
		DatasetTable table = table(cards, request.layout(), identity);
		if (request.format() == DatasetFormat.XLSX && table.columns().size() > XlsxDataset.SHEET_COLUMNS) {
			throw LexbenchException.usage("export.data.too-many-columns", table.columns().size(), XlsxDataset.SHEET_COLUMNS);
		}
		About about = new About(cards.get(0).set(), years(cards), request.salt().isPresent());
		DatasetWriter writer = request.format().writer(about);
		WrittenFile data = write(table, writer, request.target());
		Optional<WrittenFile> codebook = request.codebook()
				? Optional.of(write(new Codebook(table.columns()), writer, codebookOf(request.target()))) : Optional.empty();
		int digits = identity instanceof FirmIdentity.Pseudonymised p ? p.codes().digits() : 0;
		return new Result(data, codebook, digits);
	}

	private static WrittenFile write(DatasetTable table, DatasetWriter writer, Path target) {
		Written[] written = new Written[1];
		AtomicOutput.write(target, out -> written[0] = writer.write(table, out));
		return new WrittenFile(target, written[0].rows(), table.columns().size(), written[0].sheets());
	}

	static FirmIdentity identity(List<ScoreCard> cards, Optional<Salt> salt) {
		if (salt.isEmpty()) {
			return new FirmIdentity.Named();
		}
		List<String> keys = cards.stream().flatMap(c -> c.firms().stream()).map(FirmRecord::key).toList();
		return new FirmIdentity.Pseudonymised(Pseudonyms.of(salt.get(), keys));
	}

	static DatasetTable table(List<ScoreCard> cards, Layout layout, FirmIdentity identity) {
		return switch (layout) {
			case WIDE -> WideTable.full(cards, identity);
			case TIDY -> new TidyTable(cards, identity);
			case SCORES -> WideTable.scores(cards, identity);
		};
	}

	/**
	 * The name a dataset gets unless the user gives one: {@code lexbench-SET-YEARS[-LAYOUT][-pseudonymised].EXT},
	 * years as {@code 2024} or {@code 2022-2024}, none for data without years, no layout word for wide.
	 */
	public static String defaultName(List<ScoreCard> cards, Layout layout, DatasetFormat format, boolean pseudonymised) {
		StringBuilder name = new StringBuilder("lexbench-").append(cards.get(0).set().id());
		List<Integer> years = years(cards);
		if (!years.isEmpty()) {
			name.append('-').append(years.get(0));
			if (years.size() > 1) {
				name.append('-').append(years.get(years.size() - 1));
			}
		}
		if (layout != Layout.WIDE) {
			name.append('-').append(layout.keyword());
		}
		if (pseudonymised) {
			name.append("-pseudonymised");
		}
		return name.append('.').append(format.extension()).toString();
	}

	/** The codebook beside a data file: {@code NAME.codebook.EXT} for {@code NAME.EXT}. */
	public static Path codebookOf(Path data) {
		String name = String.valueOf(data.getFileName());
		int dot = name.lastIndexOf('.');
		String codebook = dot > 0 ? name.substring(0, dot) + ".codebook" + name.substring(dot) : name + ".codebook";
		return data.resolveSibling(codebook);
	}

	private static List<Integer> years(List<ScoreCard> cards) {
		return cards.stream().map(ScoreCard::year).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).sorted().toList();
	}

}
