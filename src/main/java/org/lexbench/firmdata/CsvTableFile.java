package org.lexbench.firmdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;
import org.lexbench.files.TextEncoding;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * A CSV or TSV file: one sheet. The encoding is detected (or given with {@code --encoding}), the
 * delimiter is whichever of comma, semicolon and tab splits the first lines most consistently.
 */
final class CsvTableFile implements TableFile {

	static final int SAMPLE = 64 * 1024;

	/** FastCSV's words for a quote never closed, with the line the field starts on. */
	private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern
		.compile("Unclosed quoted field.*?line (\\d+)");

	private final Path path;

	private final String shownAs;

	private final ReadLimits limits;

	private final TextEncoding.Detected encoding;

	private final char delimiter;

	private CsvTableFile(Path path, String shownAs, ReadLimits limits, TextEncoding.Detected encoding, char delimiter) {
		this.path = path;
		this.shownAs = shownAs;
		this.limits = limits;
		this.encoding = encoding;
		this.delimiter = delimiter;
	}

	static CsvTableFile open(Path path, String shownAs, ReadLimits limits, String encodingName) {
		byte[] sample = new byte[SAMPLE];
		int length;
		try (InputStream in = Files.newInputStream(path)) {
			if (Files.size(path) > limits.maxFileBytes()) {
				throw LexbenchException.invalidInput("data.too-large", shownAs, org.lexbench.files.ByteSize.of(limits.maxFileBytes()));
			}
			length = in.readNBytes(sample, 0, SAMPLE);
			if (length == 0) {
				throw LexbenchException.invalidInput("data.empty", shownAs);
			}
		}
		catch (java.nio.file.NoSuchFileException missing) {
			throw LexbenchException.invalidInput("file.not-found", shownAs);
		}
		catch (IOException unreadable) {
			throw LexbenchException.invalidInput("file.unreadable", shownAs, org.lexbench.files.Reasons.of(unreadable));
		}
		TextEncoding.Detected encoding;
		if (encodingName != null && !encodingName.isBlank()) {
			Charset named = TextEncoding.named(encodingName)
				.orElseThrow(() -> LexbenchException.usage("data.unknown-encoding", encodingName));
			TextEncoding.Detected sniffed = TextEncoding.detect(sample, length);
			encoding = new TextEncoding.Detected(named, sniffed.how().equals("bom") ? sniffed.skip() : 0, "given");
		}
		else {
			encoding = TextEncoding.detect(sample, length);
		}
		String head = new String(sample, encoding.skip(), Math.max(0, length - encoding.skip()), encoding.charset());
		return new CsvTableFile(path, shownAs, limits, encoding, delimiter(head, path));
	}

	/** The delimiter that gives the first lines the same, largest number of fields. */
	static char delimiter(String head, Path path) {
		if (String.valueOf(path.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".tsv")) {
			return '\t';
		}
		List<String> lines = head.lines().limit(20).toList();
		char best = ',';
		int bestScore = -1;
		for (char candidate : new char[] { ',', ';', '\t' }) {
			int first = -1;
			int consistent = 0;
			for (String line : lines) {
				int fields = fields(line, candidate);
				if (first < 0) {
					first = fields;
				}
				if (fields == first && fields > 1) {
					consistent++;
				}
			}
			int score = first > 1 ? consistent * 1000 + first : -1;
			if (score > bestScore) {
				bestScore = score;
				best = candidate;
			}
		}
		return best;
	}

	private static int fields(String line, char delimiter) {
		int count = 1;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}

	/** The encoding chosen, for the load summary: {@code GB18030} or {@code UTF-8 (BOM)}. */
	String encodingName() {
		return this.encoding.charset().name() + (this.encoding.skip() > 0 ? " (BOM)" : "");
	}

	SourceSummary.Delimiter delimiter() {
		return SourceSummary.Delimiter.of(this.delimiter);
	}

	@Override
	public List<String> sheets() {
		String name = String.valueOf(this.path.getFileName());
		return List.of(name);
	}

	@Override
	public void read(int sheet, Predicate<TableRow> handler) {
		try (InputStream in = Files.newInputStream(this.path)) {
			in.skipNBytes(this.encoding.skip());
			Reader reader = new InputStreamReader(in, this.encoding.charset().newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
			// rows may be shorter or longer than the header (SheetLoad reports cells beyond it); a quote
			// left open would swallow the rest of the file into one cell, so it is an error
			try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(this.delimiter).skipEmptyLines(true)
				.missingFieldStrategy(FieldMismatchStrategy.IGNORE).extraFieldStrategy(FieldMismatchStrategy.IGNORE)
				.allowUnclosedQuote(false).ofCsvRecord(reader)) {
				int rows = 0;
				for (CsvRecord record : csv) {
					if (++rows > this.limits.maxRows()) {
						throw LexbenchException.invalidInput("data.too-many-rows", this.shownAs, this.limits.maxRows());
					}
					List<RawCell> cells = new ArrayList<>(record.getFieldCount());
					for (String field : record.getFields()) {
						cells.add(field.length() > this.limits.maxCellChars() ? RawCell.oversized(field.length()) : RawCell.text(field));
					}
					if (!handler.test(new TableRow((int) record.getStartingLineNumber(), cells))) {
						return;
					}
				}
			}
		}
		catch (CsvParseException | IOException | UncheckedIOException bad) {
			if (codingError(bad)) {
				throw LexbenchException.invalidInput("data.wrong-encoding", this.shownAs, this.encoding.charset().name());
			}
			if (bad instanceof CsvParseException) {
				java.util.regex.Matcher unclosed = UNCLOSED.matcher(String.valueOf(bad.getMessage()));
				if (unclosed.find()) {
					throw LexbenchException.invalidInput("data.unclosed-quote", Location.at(this.shownAs, Integer.parseInt(unclosed.group(1)), 0)
						.render());
				}
				throw LexbenchException.invalidInput("data.bad-csv", this.shownAs, org.lexbench.files.Reasons.of(bad));
			}
			throw LexbenchException.invalidInput("file.unreadable", this.shownAs, org.lexbench.files.Reasons.of(bad));
		}
	}

	/** Whether reading failed because the bytes are not text in the chosen encoding. */
	private static boolean codingError(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof java.nio.charset.CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Location where(int sheet, int row, int column) {
		return Location.at(this.shownAs, row, column + 1);
	}

	@Override
	public void close() {
		// nothing is held open between reads
	}

}
