package org.lexbench.firmdata;

import java.util.List;

import org.lexbench.files.Text;

/** What a cell yields for one indicator: a value (with notes worth a warning), nothing, or an error. */
public sealed interface Reading permits Reading.Value, Reading.Missing, Reading.Invalid {

	/** A value in the indicator's unit; {@code notes} say what was assumed (each becomes a warning). */
	record Value(double value, List<Text> notes) implements Reading {
		public Value {
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("a read value must be finite, got " + value);
			}
			notes = List.copyOf(notes);
		}

		static Value of(double value) {
			return new Value(value, List.of());
		}
	}

	/** Nothing there: blank, N/A, a dash, 暂无, or an Excel error; {@code note} says which when worth telling. */
	record Missing(List<Text> notes) implements Reading {
		public Missing {
			notes = List.copyOf(notes);
		}
	}

	/** Something there that is not a value of the indicator's type: why, and what was expected. */
	record Invalid(Text reason) implements Reading {
	}

}
