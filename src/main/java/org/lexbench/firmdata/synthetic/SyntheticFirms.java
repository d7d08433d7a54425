package org.lexbench.firmdata.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.lexbench.files.AtomicOutput;
import org.lexbench.indicator.IndicatorSet;

/**
 * Realistic synthetic firm data for an indicator set, of any size: fictional firms with valid
 * credit codes, their head offices and size bands, and a value of every indicator of the set (but
 * derived ones) in every year, drawn from the distributions of DOMAIN §4.4. The same set and spec
 * give the same values; a file is written row by row and moved into place when complete.
 */
public final class SyntheticFirms {

	/** The generator algorithm: a JDK LXM generator, splittable, so values and blanks draw from separate streams. */
	static final String ALGORITHM = "L64X128MixRandom";

	private SyntheticFirms() {
	}

	/**
	 * Writes {@code spec.firms()} firms × {@code spec.years()} years of data for {@code set} to
	 * {@code out}, a {@code .xlsx} or {@code .csv} file in an existing folder.
	 *
	 * @throws IllegalArgumentException for another extension, or more rows than an xlsx sheet holds
	 */
	public static GenerationResult write(IndicatorSet set, GenerationSpec spec, Path out) {
		SyntheticTable format = SyntheticTable.of(out).orElseThrow(() -> new IllegalArgumentException(
				"synthetic data are written as .xlsx or .csv, not " + out.getFileName()));
		format.requireRoom(spec.records());
		List<SyntheticColumn> columns = set.indicators().stream().filter(i -> i.from().isEmpty())
			.map(ShapeCatalogue::column).toList();
		RandomGenerator.SplittableGenerator root = RandomGeneratorFactory.<RandomGenerator.SplittableGenerator>of(ALGORITHM)
			.create(spec.seed());
		Generation generation = new Generation(spec, columns, root.split(), root.split());
		AtomicOutput.write(out, stream -> format.write(stream, columns, generation::writeTo));
		return new GenerationResult(out, (int) spec.records(), columns.size(), spec.records() * columns.size(),
				generation.missing);
	}

	/** One run over every firm and year, counting the cells it leaves blank. */
	private static final class Generation {

		private final GenerationSpec spec;

		private final List<SyntheticColumn> columns;

		private final RandomGenerator values;

		private final RandomGenerator blanks;

		private long missing;

		Generation(GenerationSpec spec, List<SyntheticColumn> columns, RandomGenerator values, RandomGenerator blanks) {
			this.spec = spec;
			this.columns = columns;
			this.values = values;
			this.blanks = blanks;
		}

		void writeTo(SyntheticTable.RowSink sink) throws IOException {
			FirmSampler firms = new FirmSampler(this.values, this.spec.years(), this.spec.firstYear());
			ValueModel model = new ValueModel(this.columns, this.spec.years(), this.values);
			double[] row = new double[this.columns.size()];
			for (int f = 0; f < this.spec.firms(); f++) {
				SyntheticFirm firm = firms.next();
				model.start(firm);
				for (int t = 0; t < this.spec.years(); t++) {
					model.year(t, row);
					for (int j = 0; j < row.length; j++) {
						if (this.blanks.nextDouble() < this.spec.missing()) {
							row[j] = Double.NaN;
							this.missing++;
						}
					}
					sink.row(firm, this.spec.firstYear() + t, t, row);
				}
			}
		}

	}

}
