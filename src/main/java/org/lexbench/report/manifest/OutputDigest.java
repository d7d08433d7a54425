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
 * The digest that decides whether two outputs are the same: SHA-256 of the bytes, except for an
 * xlsx workbook, whose zip entries carry timestamps: there the digest covers what a reader sees —
 * every sheet's name and, for every cell, its address, type and stored value — in order.
 */
public final class OutputDigest {

	private OutputDigest() {
	}

	public static String of(Path file) {
		if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			return "sha256:" + ContentHash.sha256(file);
		}
		try {
			return "cells-sha256:" + cells(file);
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

	private static void update(MessageDigest sha, String text) {
		sha.update(text.getBytes(StandardCharsets.UTF_8));
		sha.update((byte) '\n');
	}

}
