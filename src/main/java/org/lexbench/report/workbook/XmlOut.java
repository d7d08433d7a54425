package org.lexbench.report.workbook;

import java.io.IOException;
import java.io.OutputStream;

/**
 * UTF-8 XML written straight into a stream through one buffer: markup as ASCII, text escaped for
 * element content, numbers in the shortest form a spreadsheet reads back as the same double. What
 * the streamed parts of a workbook (rows, comments, comment shapes) are written with, so 50,000
 * firms' cells cost no object each.
 */
final class XmlOut {

	private static final int SIZE = 1 << 16;

	private static final char REPLACEMENT = '\uFFFD';

	private final OutputStream out;

	private final byte[] buffer = new byte[SIZE];

	private int used;

	XmlOut(OutputStream out) {
		this.out = out;
	}

	/** Markup: characters below 128 only, written as they are. */
	XmlOut ascii(String markup) throws IOException {
		int n = markup.length();
		room(n);
		for (int i = 0; i < n; i++) {
			this.buffer[this.used++] = (byte) markup.charAt(i);
		}
		return this;
	}

	XmlOut ascii(byte[] markup) throws IOException {
		room(markup.length);
		System.arraycopy(markup, 0, this.buffer, this.used, markup.length);
		this.used += markup.length;
		return this;
	}

	XmlOut integer(long value) throws IOException {
		room(20);
		long v = value;
		if (v < 0) {
			this.buffer[this.used++] = '-';
			v = -v;
		}
		int start = this.used;
		do {
			this.buffer[this.used++] = (byte) ('0' + v % 10);
			v /= 10;
		}
		while (v != 0);
		for (int i = start, j = this.used - 1; i < j; i++, j--) {
			byte t = this.buffer[i];
			this.buffer[i] = this.buffer[j];
			this.buffer[j] = t;
		}
		return this;
	}

	/** A finite double: whole numbers without a decimal point, others as Java's shortest round-trip text. */
	XmlOut number(double value) throws IOException {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return integer((long) value);
		}
		return ascii(Double.toString(value));
	}

	/**
	 * Text as element or attribute content: {@code & < > "} escaped, characters XML 1.0 cannot hold
	 * (control characters other than tab, line feed and carriage return; unpaired surrogates) as
	 * U+FFFD, everything else UTF-8.
	 */
	XmlOut text(String text) throws IOException {
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				room(6);
				switch (c) {
					case '&' -> raw("&amp;");
					case '<' -> raw("&lt;");
					case '>' -> raw("&gt;");
					case '"' -> raw("&quot;");
					default -> {
						if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
							encode(REPLACEMENT);
						}
						else {
							this.buffer[this.used++] = (byte) c;
						}
					}
				}
			}
			else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, text.charAt(++i));
				room(4);
				this.buffer[this.used++] = (byte) (0xF0 | cp >> 18);
				this.buffer[this.used++] = (byte) (0x80 | cp >> 12 & 0x3F);
				this.buffer[this.used++] = (byte) (0x80 | cp >> 6 & 0x3F);
				this.buffer[this.used++] = (byte) (0x80 | cp & 0x3F);
			}
			else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
				encode(REPLACEMENT);
			}
			else {
				encode(c);
			}
		}
		return this;
	}

	/** Sends everything buffered on; the stream itself stays open. */
	void flush() throws IOException {
		this.out.write(this.buffer, 0, this.used);
		this.used = 0;
	}

	private void encode(char c) throws IOException {
		room(3);
		if (c < 0x800) {
			this.buffer[this.used++] = (byte) (0xC0 | c >> 6);
			this.buffer[this.used++] = (byte) (0x80 | c & 0x3F);
		}
		else {
			this.buffer[this.used++] = (byte) (0xE0 | c >> 12);
			this.buffer[this.used++] = (byte) (0x80 | c >> 6 & 0x3F);
			this.buffer[this.used++] = (byte) (0x80 | c & 0x3F);
		}
	}

	private void raw(String entity) {
		for (int i = 0; i < entity.length(); i++) {
			this.buffer[this.used++] = (byte) entity.charAt(i);
		}
	}

	private void room(int bytes) throws IOException {
		if (this.used + bytes > SIZE) {
			flush();
		}
		if (bytes > SIZE) {
			throw new IllegalArgumentException("markup of " + bytes + " bytes is larger than the buffer");
		}
	}

}
