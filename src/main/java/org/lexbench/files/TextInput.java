package org.lexbench.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an untrusted text file that must be UTF-8: refuses files over a size limit, decodes
 * strictly (a byte that is not UTF-8 is reported at its line and column, never replaced), and
 * drops a leading byte-order mark.
 */
public final class TextInput {

	private TextInput() {
	}

	/** The decoded text of {@code path}, read whole; {@code shownAs} names the file in messages. */
	public static String readUtf8(Path path, String shownAs, long maxBytes) {
		return decodeUtf8(read(path, shownAs, maxBytes), shownAs);
	}

	/** The bytes of {@code path}, refusing a missing file, a folder, or one over {@code maxBytes}. */
	public static byte[] read(Path path, String shownAs, long maxBytes) {
		try {
			if (Files.isDirectory(path)) {
				throw LexbenchException.invalidInput("file.is-folder", shownAs);
			}
			long size = Files.size(path);
			if (size > maxBytes) {
				throw LexbenchException.invalidInput("file.too-large", shownAs, ByteSize.of(size), ByteSize.of(maxBytes));
			}
			return Files.readAllBytes(path);
		}
		catch (NoSuchFileException missing) {
			throw LexbenchException.invalidInput("file.not-found", shownAs);
		}
		catch (IOException unreadable) {
			throw LexbenchException.invalidInput("file.unreadable", shownAs, String.valueOf(unreadable.getMessage()));
		}
	}

	/** Decodes UTF-8 strictly; the error names the line and column of the first bad byte. */
	public static String decodeUtf8(byte[] bytes, String shownAs) {
		int start = hasBom(bytes) ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			CharBuffer chars = decoder.decode(in);
			return chars.toString();
		}
		catch (CharacterCodingException notUtf8) {
			int bad = firstMalformed(bytes, start);
			int[] lineColumn = lineAndColumn(bytes, start, bad);
			String hex = String.format("0x%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xFF);
			throw LexbenchException.invalidInput(Text.of("file.not-utf8", shownAs, hex),
					java.util.List.of(Problem.error(Location.at(shownAs, lineColumn[0], lineColumn[1]), "file.not-utf8.here", hex)));
		}
	}

	private static boolean hasBom(byte[] b) {
		return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
	}

	/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
	private static int firstMalformed(byte[] b, int from) {
		int i = from;
		while (i < b.length) {
			int lead = b[i] & 0xFF;
			int extra;
			if (lead < 0x80) {
				extra = 0;
			}
			else if (lead >= 0xC2 && lead <= 0xDF) {
				extra = 1;
			}
			else if (lead >= 0xE0 && lead <= 0xEF) {
				extra = 2;
			}
			else if (lead >= 0xF0 && lead <= 0xF4) {
				extra = 3;
			}
			else {
				return i;
			}
			for (int k = 1; k <= extra; k++) {
				if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
					return i;
				}
			}
			i += extra + 1;
		}
		return Math.max(from, b.length - 1);
	}

	/** Line and column (both from 1, column in characters) of byte {@code index}. */
	private static int[] lineAndColumn(byte[] b, int from, int index) {
		int line = 1;
		int column = 1;
		for (int i = from; i < index && i < b.length; i++) {
			int v = b[i] & 0xFF;
			if (v == '\n') {
				line++;
				column = 1;
			}
			else if ((v & 0xC0) != 0x80) {
				column++;
			}
		}
		return new int[] { line, column };
	}

}
