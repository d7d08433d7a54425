package org.lexbench.report.dataset;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of datasets: CSV (UTF-8 with a byte-order mark), xlsx, JSON. */
public enum DatasetFormat {

	CSV, XLSX, JSON;

	/** The file name extension, without its dot: {@code csv}, {@code xlsx}, {@code json}. */
	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format a file's name says by its extension, if it names one of these. */
	public static Optional<DatasetFormat> of(Path file) {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		for (DatasetFormat format : values()) {
			if (name.endsWith("." + format.extension())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	DatasetWriter writer(About about) {
		return switch (this) {
			case CSV -> new CsvDataset();
			case XLSX -> new XlsxDataset();
			case JSON -> new JsonDataset(about);
		};
	}

}
