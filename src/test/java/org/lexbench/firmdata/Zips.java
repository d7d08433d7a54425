package org.lexbench.firmdata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Crafts hostile xlsx packages: a real workbook with parts replaced or added, written as a new file. */
final class Zips {

	private Zips() {
	}

	/** Copies {@code from} to {@code to}, replacing the parts named in {@code parts} and adding the others. */
	static Path rewrite(Path from, Path to, Map<String, byte[]> parts) {
		Map<String, byte[]> remaining = new LinkedHashMap<>(parts);
		try (ZipFile zip = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
				ZipOutputStream out = new ZipOutputStream(file)) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				byte[] content = remaining.containsKey(entry.getName()) ? remaining.remove(entry.getName())
						: zip.getInputStream(entry).readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
			for (Map.Entry<String, byte[]> added : remaining.entrySet()) {
				out.putNextEntry(new ZipEntry(added.getKey()));
				out.write(added.getValue());
				out.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return to;
	}

	/** One part of a package, as text. */
	static String part(Path xlsx, String name) {
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
