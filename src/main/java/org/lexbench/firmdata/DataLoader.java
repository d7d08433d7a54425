package org.lexbench.firmdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;
import org.lexbench.files.Problems;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;

/**
 * Loads firm data files — xlsx, xls, CSV/TSV, or a folder of them — against an indicator set,
 * merging their firms. Every problem is collected with its place and severity: an unreadable
 * value is an error and that value is missing; a doubtful one is a warning and kept.
 */
public final class DataLoader {

	static final Set<String> DATA_FILES = Set.of(".xlsx", ".xlsm", ".xls", ".csv", ".tsv", ".txt");

	private final IndicatorSet set;

	private final LoadOptions options;

	private final LoadContext context;

	private final ColumnMatcher userMatcher;

	/** The matcher of the file being read: the user's, with a template's own column list first. */
	private ColumnMatcher matcher;

	private DataLoader(IndicatorSet set, LoadOptions options) {
		this.set = set;
		this.options = options;
		Problems problems = new Problems();
		this.context = new LoadContext(set, options, problems, new DatasetBuilder(set, options.supersede(), problems),
				new ValueReader(options.rates()), new TreeSet<>(), new ArrayList<>());
		this.userMatcher = ColumnMatcher.of(set, options.mapping());
		this.matcher = this.userMatcher;
	}

	/** Loads {@code paths} (files or folders, in order) against {@code set}, naming files as given. */
	public static FirmDataset load(IndicatorSet set, List<Path> paths, LoadOptions options) {
		return load(set, paths, options, Path::toString);
	}

	/** As {@link #load(IndicatorSet, List, LoadOptions)}, naming each file in messages by {@code shownAs}. */
	public static FirmDataset load(IndicatorSet set, List<Path> paths, LoadOptions options,
			java.util.function.Function<Path, String> shownAs) {
		DataLoader loader = new DataLoader(set, options);
		java.util.Set<Path> read = new java.util.HashSet<>();
		for (Path path : expand(paths, shownAs)) {
			if (read.add(real(path))) {
				loader.file(path, shownAs.apply(path));
			}
			else {
				loader.context.problems().warning(Location.file(shownAs.apply(path)), "data.given-twice");
			}
		}
		loader.finish();
		return loader.context.builder().build(loader.context.sources());
	}

	private static Path real(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException missing) {
			return path.toAbsolutePath().normalize();
		}
	}

	/** The data files {@code paths} stand for: files as given, and every data file in each folder, in name order. */
	public static List<Path> dataFiles(List<Path> paths) {
		return expand(paths, Path::toString);
	}

	private static List<Path> expand(List<Path> paths, java.util.function.Function<Path, String> shownAs) {
		List<Path> files = new ArrayList<>();
		for (Path p : paths) {
			if (Files.isDirectory(p)) {
				try (Stream<Path> s = Files.list(p)) {
					s.filter(f -> DATA_FILES.stream().anyMatch(ext -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext))
							&& !f.getFileName().toString().startsWith("~$"))
						.sorted().forEach(files::add);
				}
				catch (IOException unreadable) {
					throw LexbenchException.invalidInput("file.unreadable", shownAs.apply(p), org.lexbench.files.Reasons.of(unreadable));
				}
			}
			else {
				files.add(p);
			}
		}
		if (files.isEmpty()) {
			throw LexbenchException.invalidInput("data.no-files",
					String.join(", ", paths.stream().map(shownAs).toList()));
		}
		return files;
	}

	private void file(Path path, String shownAs) {
		try (TableFile table = TableFile.open(path, shownAs, this.options.limits(), this.options.encoding().orElse(null))) {
			Optional<TemplateMark> mark = TemplateMark.of(table);
			mark.ifPresent(m -> m.require(this.set, shownAs));
			this.matcher = mark.isEmpty() || mark.get().columns().isEmpty() ? this.userMatcher
					: ColumnMatcher.of(this.set, merged(mark.get().columns(), this.options.mapping()));
			List<Integer> sheets = this.options.sheet().isEmpty() && mark.isPresent()
					&& table.sheets().contains(mark.get().dataSheet()) ? List.of(table.sheets().indexOf(mark.get().dataSheet()))
							: SheetChoice.choose(table, shownAs, this.options.sheet(), this.matcher, this.context.problems());
			for (int sheet : sheets) {
				HeaderScan.Header header = HeaderScan.find(table, sheet, this.matcher).orElseThrow(
						() -> noHeader(table, shownAs, table.sheets().get(sheet)));
				new SheetLoad(this.context, this.matcher, table, shownAs, sheet, header).run();
			}
		}
	}

	/** A template's column list, with the user's mapping winning where both name a header. */
	private static Map<String, String> merged(Map<String, String> template, Map<String, String> user) {
		Map<String, String> all = new LinkedHashMap<>(template);
		all.putAll(user);
		return all;
	}

	private static LexbenchException noHeader(TableFile table, String shownAs, String sheets) {
		return table instanceof CsvTableFile ? LexbenchException.invalidInput("data.no-header-text", shownAs)
				: LexbenchException.invalidInput("data.no-header", shownAs, sheets);
	}

	/** After every file: indicators no file had a column for (derived ones need none). */
	private void finish() {
		List<String> without = this.set.indicators().stream()
			.filter(i -> i.from().isEmpty() && !this.context.indicatorsWithColumn().contains(i.id()))
			.map(Indicator::id).toList();
		if (!without.isEmpty() && !this.context.sources().isEmpty()) {
			this.context.problems().warning(Location.file(this.context.sources().get(0).file()), "data.indicators-without-column",
					without.size(), String.join(", ", without));
		}
	}

}
