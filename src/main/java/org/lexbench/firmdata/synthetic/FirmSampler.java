package org.lexbench.firmdata.synthetic;

import java.util.random.RandomGenerator;

import org.lexbench.firmdata.CreditCode;

/**
 * Draws synthetic firms one after another: head office, unique fictional name, unique credit
 * code, founding year, latent traits and core quantities. Nothing is kept but a counter per city,
 * so two million firms take no more memory than one.
 */
final class FirmSampler {

	/**
	 * How far international orientation goes with size (a modelling choice: the firms with most
	 * overseas offices in DOMAIN §4.2, Dacheng, Yingke and DeHeng, are also among the largest).
	 */
	static final double ORIENTATION_SIZE_CORRELATION = 0.6;

	/** Law firms are registered by justice administrations (3) as law firms (1): GB 32100 codes begin 31. */
	static final String LAW_FIRM_PREFIX = "31";

	/** The lawyer system was restored in 1979; the youngest synthetic firms date from 2018. */
	static final int FOUNDED_FIRST = 1979;

	static final int FOUNDED_LAST = 2018;

	/** Organisation codes: E and seven digits, so 10 million firms get different ones. */
	private static final int CODE_SPACE = 10_000_000;

	/** A stride coprime to {@link #CODE_SPACE} (odd, not a multiple of 5): consecutive firms get scattered numbers. */
	private static final int CODE_STRIDE = 6_180_339;

	/** GB 11714-1997 weights of an organisation code's first eight characters. */
	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private final RandomGenerator random;

	private final int years;

	private final int firstYear;

	private final FictionalNames names;

	private final int codeStart;

	private int drawn;

	FirmSampler(RandomGenerator random, int years, int firstYear) {
		this.random = random;
		this.years = years;
		this.firstYear = firstYear;
		this.names = new FictionalNames(random);
		this.codeStart = random.nextInt(CODE_SPACE);
	}

	SyntheticFirm next() {
		int region = Region.draw(this.random);
		FictionalNames.FirmName name = this.names.next(region);
		String code = code(Region.ALL.get(region), this.drawn++);
		double size = this.random.nextGaussian();
		double rho = ORIENTATION_SIZE_CORRELATION;
		double orientation = rho * size + Math.sqrt(1 - rho * rho) * this.random.nextGaussian();
		// larger firms tend to be older
		double age = StandardNormal.cdf(0.5 * size + Math.sqrt(0.75) * this.random.nextGaussian());
		int founded = FOUNDED_LAST - (int) Math.floor((FOUNDED_LAST - FOUNDED_FIRST + 1) * age);
		founded = Math.min(founded, Math.max(FOUNDED_FIRST, this.firstYear));
		return new SyntheticFirm(name, code, region, founded, size, orientation,
				FirmYears.draw(this.random, this.years, size, orientation));
	}

	/**
	 * The unified social credit code of the {@code n}-th firm: 31, the division code of its city,
	 * a nine-character organisation code (GB 11714: eight characters and a check character), and
	 * the GB 32100 check character.
	 */
	private String code(Region region, int n) {
		long number = (CODE_STRIDE * (long) n + this.codeStart) % CODE_SPACE;
		String body = "E" + String.format("%07d", number);
		String first17 = LAW_FIRM_PREFIX + region.divisionCode() + body + organisationCheck(body);
		return first17 + CreditCode.checkCharacter(first17);
	}

	/** The GB 11714-1997 check character of an organisation code's first eight characters. */
	static char organisationCheck(String body) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
		}
		int c = 11 - sum % 11;
		return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
	}

}
