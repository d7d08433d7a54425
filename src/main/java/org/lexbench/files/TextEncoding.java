package org.lexbench.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides how a text file is encoded, the way Chinese CSV exports need: a byte-order mark first
 * (UTF-8, UTF-16); else the sample decodes as strict UTF-8; else what juniversalchardet detects;
 * else GB18030 (a superset of GBK and GB2312, so "GBK" files are always read as GB18030).
 */
public final class TextEncoding {

	/** An encoding, and how many leading bytes (a byte-order mark) to skip. */
	public record Detected(Charset charset, int skip, String how) {
	}

	public static final Charset GB18030 = Charset.forName("GB18030");

	private TextEncoding() {
	}

	/** The encoding of a file starting with {@code sample} (64 KiB is plenty). */
	public static Detected detect(byte[] sample, int length) {
		if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
			return new Detected(StandardCharsets.UTF_8, 3, "bom");
		}
		if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
			return new Detected(StandardCharsets.UTF_16LE, 2, "bom");
		}
		if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
			return new Detected(StandardCharsets.UTF_16BE, 2, "bom");
		}
		if (strictUtf8(sample, length)) {
			return new Detected(StandardCharsets.UTF_8, 0, "utf8");
		}
		UniversalDetector detector = new UniversalDetector();
		detector.handleData(sample, 0, length);
		detector.dataEnd();
		String name = detector.getDetectedCharset();
		if (name != null && Charset.isSupported(name)) {
			Charset c = Charset.forName(name);
			String n = c.name().toUpperCase(Locale.ROOT);
			boolean chinese = n.equals("GB18030") || n.equals("GBK") || n.equals("GB2312") || n.equals("HZ-GB-2312");
			return new Detected(chinese ? GB18030 : c, 0, "detected");
		}
		return new Detected(GB18030, 0, "fallback");
	}

	/** A user's {@code --encoding}: any Java charset name; GBK and GB2312 are read as GB18030. */
	public static Optional<Charset> named(String name) {
		String n = name.trim().toUpperCase(Locale.ROOT).replace('_', '-');
		if (n.equals("GBK") || n.equals("GB2312") || n.equals("GB18030") || n.equals("CP936")) {
			return Optional.of(GB18030);
		}
		try {
			return Optional.of(Charset.forName(n));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

	/** Whether the sample is valid UTF-8 (a multi-byte character cut at the sample's end is allowed). */
	private static boolean strictUtf8(byte[] sample, int length) {
		int end = length;
		int back = 0;
		while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80) {
			back++;
		}
		if (end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0xC0) {
			end = end - back - 1;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample, 0, end));
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}

}
