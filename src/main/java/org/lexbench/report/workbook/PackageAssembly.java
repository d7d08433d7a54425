package org.lexbench.report.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes the workbook's package: every part POI made, in POI's order, except those streamed in
 * their place — a sheet's rows go into its empty {@code <sheetData/>}, a comments part and its
 * shapes are generated whole. POI thus makes everything small and intricate (styles, conditional
 * formats, charts, print settings, defined names, content types, relationships) and no cell of
 * the large sheets ever becomes an object.
 */
final class PackageAssembly {

	/**
	 * Deflate level of the package. Compression is most of the time a large workbook takes: on
	 * 50,000 firms × 100 indicators level 1 wrote the cells 1.7 times as fast as level 4
	 * (fastexcel's default) and 2.7 times as fast as level 6 (POI's), for a file 7% and 15% larger
	 * (README, The Excel workbook).
	 */
	static final int LEVEL = 1;

	private static final byte[] EMPTY_ROWS = "<sheetData/>".getBytes(StandardCharsets.US_ASCII);

	private PackageAssembly() {
	}

	/** Copies {@code made} (the package POI wrote) to {@code out}, streaming {@code parts} (by zip entry name) in place. */
	static void write(byte[] made, Map<String, StreamedPart> parts, OutputStream out) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
				ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(made))) {
			zip.setLevel(LEVEL);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				StreamedPart part = parts.get(entry.getName());
				if (part == null) {
					in.transferTo(zip);
				}
				else {
					part.write(in.readAllBytes(), zip);
				}
				zip.closeEntry();
			}
		}
	}

	/** A sheet whose rows {@code rows} writes into the empty {@code <sheetData/>} POI left. */
	static StreamedPart rows(SheetFrame.Rows rows) {
		return (made, out) -> {
			int at = indexOf(made, EMPTY_ROWS);
			if (at < 0) {
				throw new IllegalStateException("a streamed sheet must have no rows of its own");
			}
			out.write(made, 0, at);
			out.write("<sheetData>".getBytes(StandardCharsets.US_ASCII));
			RowStream stream = new RowStream(out);
			rows.write(stream);
			stream.finish();
			out.write("</sheetData>".getBytes(StandardCharsets.US_ASCII));
			out.write(made, at + EMPTY_ROWS.length, made.length - at - EMPTY_ROWS.length);
		};
	}

	private static int indexOf(byte[] in, byte[] wanted) {
		outer:
		for (int i = 0; i + wanted.length <= in.length; i++) {
			for (int k = 0; k < wanted.length; k++) {
				if (in[i + k] != wanted[k]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** Lets the zip be finished without closing the stream the caller owns. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
