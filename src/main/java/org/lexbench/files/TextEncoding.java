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
 * (UTF-8, UTF-16); else the sample decodes as strict UTF-8; else juniversalchardet's answer when it
 * names a Chinese encoding (GBK and GB2312 are read as GB18030, their superset; Big5); else, since
 * short samples fool the detector, GB18030 when the sample decodes as such and does not look like
 * Big5; else the detector's answer.
 */
public final class TextEncoding {

	/** An encoding, and how many leading bytes (a byte-order mark) to skip. */
	public record Detected(Charset charset, int skip, String how) {
	}

	public static final Charset GB18030 = Charset.forName("GB18030");

	public static final Charset BIG5 = Charset.forName("Big5");

	/** The share of Big5-typical lead bytes above which a sample is read as Big5 (see {@link #big5Share}). */
	static final double BIG5_SHARE = 0.2;

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
		Charset guess = name != null && Charset.isSupported(name) ? Charset.forName(name) : null;
		String n = guess == null ? "" : guess.name().toUpperCase(Locale.ROOT);
		if (n.equals("GB18030") || n.equals("GBK") || n.equals("GB2312") || n.equals("HZ-GB-2312")) {
			return new Detected(GB18030, 0, "detected");
		}
		if (n.equals("BIG5") || n.equals("X-EUC-TW")) {
			return new Detected(BIG5, 0, "detected");
		}
		// Nothing certain (short files fool the detector into windows-1252 or IBM855): Chinese text
		// first, Big5 when its common characters' lead bytes dominate, else what the detector said.
		boolean big5 = big5Share(sample, length) > BIG5_SHARE && decodes(sample, length, BIG5);
		if (!big5 && decodes(sample, length, GB18030)) {
			return new Detected(GB18030, 0, "guessed");
		}
		if (big5) {
			return new Detected(BIG5, 0, "guessed");
		}
		return guess != null ? new Detected(guess, 0, "detected") : new Detected(GB18030, 0, "fallback");
	}

	/**
	 * Of the two-byte characters a sample holds (read as GBK/Big5 pairs), the share whose lead
	 * byte is 0xA4–0xAF: in Big5 the commonest characters (一 人 大 中 …), in GBK symbols that
	 * Chinese text hardly uses.
	 */
	static double big5Share(byte[] sample, int length) {
		int pairs = 0;
		int big5 = 0;
		for (int i = 0; i + 1 < length; i++) {
			int lead = sample[i] & 0xFF;
			if (lead >= 0x81) {
				pairs++;
				if (lead >= 0xA4 && lead <= 0xAF) {
					big5++;
				}
				i++;
			}
		}
		return pairs == 0 ? 0 : (double) big5 / pairs;
	}

	/** Whether the sample decodes without a malformed or unmappable sequence (one cut at its end is fine). */
	static boolean decodes(byte[] sample, int length, Charset charset) {
		java.nio.charset.CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(length + 16);
		return !decoder.decode(ByteBuffer.wrap(sample, 0, length), out, false).isError();
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
