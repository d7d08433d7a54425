package org.lexbench.firmdata.synthetic;

import java.util.List;

/**
 * One synthetic firm: its fictional name and credit code, its head office, the year it was
 * founded, its latent size and international orientation (standard normal scores), and its core
 * quantities in each year.
 */
record SyntheticFirm(FictionalNames.FirmName name, String code, int region, int founded, double size,
		double orientation, FirmYears years) {

	/** Size bands by lawyers, as the size_band attribute writes them. */
	static final List<String> SIZE_BANDS = List.of("≤100", "101–300", "301–1000", "1001–3000", ">3000");

	/** Upper bounds of every band but the last. */
	private static final int[] BAND_LIMITS = { 100, 300, 1000, 3000 };

	/** Every synthetic firm is a head office (总所). */
	static final String HEAD_OFFICE = "总所";

	Region place() {
		return Region.ALL.get(this.region);
	}

	/** Size and orientation together, again a standard normal score: how strong the firm is overall. */
	double standing() {
		return (this.size + this.orientation) / Math.sqrt(2 + 2 * FirmSampler.ORIENTATION_SIZE_CORRELATION);
	}

	String sizeBand(int t) {
		int lawyers = this.years.lawyers(t);
		for (int i = 0; i < BAND_LIMITS.length; i++) {
			if (lawyers <= BAND_LIMITS[i]) {
				return SIZE_BANDS.get(i);
			}
		}
		return SIZE_BANDS.get(SIZE_BANDS.size() - 1);
	}

}
