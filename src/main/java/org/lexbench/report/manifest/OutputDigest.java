package org.lexbench.report.manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.lexbench.files.ContentHash;
import org.lexbench.files.ZipGuard;

/**
 * The digest that decides whether two outputs are the same: SHA-256 of the bytes, except for the
 * zip-based Office files, whose entries carry timestamps: for an xlsx workbook the digest covers
 * what a reader sees — every sheet's name and, for every cell, its address, type and stored value
 * — in order; for a Word document, every part's name and bytes except the file's own dates.
 */
public final class OutputDigest {

	private OutputDigest() {
	}

	public static String of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".xlsx")) {
				return "cells-sha256:" + cells(file);
			}
			if (name.endsWith(".docx")) {
				return "parts-sha256:" + parts(file);
			}
			return "sha256:" + ContentHash.sha256(file);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static String cells(Path file) throws IOException {
		ZipGuard.check(file, file.toString(), ZipGuard.Limits.DEFAULT);
		MessageDigest sha = ContentHash.digest();
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				update(sha, "sheet\u0000" + sheet.getName());
				try (var rows = sheet.openStream()) {
					for (Row row : (Iterable<Row>) rows::iterator) {
						for (Cell cell : row) {
							if (cell != null && cell.getRawValue() != null) {
								update(sha, cell.getAddress() + "\u0000" + cell.getType() + "\u0000" + cell.getRawValue());
							}
						}
					}
				}
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/**
	 * A Word document's parts — every zip entry's name and bytes, in name order — leaving out
	 * {@code docProps/core.xml}, which records when the file was made.
	 */
	private static String parts(Path file) throws IOException {
		ZipGuard.check(file, file.toString(), ZipGuard.Limits.DEFAULT);
		java.util.SortedMap<String, byte[]> entries = new java.util.TreeMap<>();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(file))) {
			for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (!e.isDirectory() && !e.getName().equals("docProps/core.xml")) {
					entries.put(e.getName(), zip.readAllBytes());
				}
			}
		}
		MessageDigest sha = ContentHash.digest();
		entries.forEach((name, bytes) -> {
			update(sha, "part\u0000" + name);
			sha.update(bytes);
		});
		return HexFormat.of().formatHex(sha.digest());
	}

	private static void update(MessageDigest sha, String text) {
		sha.update(text.getBytes(StandardCharsets.UTF_8));
		sha.update((byte) '\n');
	}

}
