package org.lexbench.report.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.lexbench.files.AtomicOutput;
import org.lexbench.files.UniqueFileNames;

/**
 * Writes figures into one existing folder, each in every format asked for, each file atomically
 * (a temporary file moved into place); a name given twice in the same run is numbered rather than
 * overwritten.
 */
public final class FigureFiles {

	private final Path folder;

	private final UniqueFileNames names = new UniqueFileNames();

	public FigureFiles(Path folder) {
		this.folder = folder;
	}

	/** The files written, in the order of the figures, each figure's formats in the order of {@link ChartFormat}. */
	public List<Path> write(List<Figure> figures, Set<ChartFormat> formats) {
		return write(figures, formats, written -> {
		});
	}

	/** Writes as {@link #write(List, Set)} does, telling {@code written} of each file as soon as it is in place. */
	public List<Path> write(List<Figure> figures, Set<ChartFormat> formats, Consumer<Path> written) {
		List<Path> paths = new ArrayList<>();
		for (Figure figure : figures) {
			for (ChartFormat format : ChartFormat.values()) {
				if (!formats.contains(format)) {
					continue;
				}
				Path target = this.folder.resolve(this.names.claim(figure.name() + "." + format.extension()));
				if (!this.folder.equals(target.getParent())) {
					throw new IllegalArgumentException("figure " + figure.name() + " would be written outside " + this.folder);
				}
				AtomicOutput.write(target, out -> format.write(figure, out));
				paths.add(target);
				written.accept(target);
			}
		}
		return paths;
	}

}
