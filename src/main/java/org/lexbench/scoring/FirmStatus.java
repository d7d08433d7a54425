package org.lexbench.scoring;

import java.util.List;

/** Whether a firm was scored and ranked, and if not, why: the rules it failed, or its too-low coverage. */
public sealed interface FirmStatus {

	/** Scored and ranked. */
	record Scored() implements FirmStatus {
	}

	/** Failed one or more eligibility rules: kept in the results, not scored or ranked. */
	record Ineligible(List<Eligibility.Failure> failed) implements FirmStatus {
		public Ineligible {
			failed = List.copyOf(failed);
		}
	}

	/** Screened out: the share of scored indicators it has values for is below the threshold. */
	record ScreenedOut(double coverage, double threshold) implements FirmStatus {
	}

}
