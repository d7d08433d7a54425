package org.lexbench.report.dataset;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Firms' stable codes in a pseudonymised dataset: {@code F-} and the first hexadecimal digits of
 * HMAC-SHA-256 of the firm's key (its credit code, else its normalised name) under the salt. The
 * same salt gives a firm the same code in every year and every export; without the salt a code
 * cannot be traced back to a firm by trying names. Codes have {@value #DIGITS} digits (48 bits),
 * more — for every firm alike — in the rare dataset where two firms would otherwise share one.
 */
final class Pseudonyms {

	static final int DIGITS = 12;

	private static final String HMAC = "HmacSHA256";

	private final Map<String, String> codes;

	private final int digits;

	private Pseudonyms(Map<String, String> codes, int digits) {
		this.codes = codes;
		this.digits = digits;
	}

	/** The codes of {@code keys} under {@code salt}, collision-checked among them. */
	static Pseudonyms of(Salt salt, Collection<String> keys) {
		return of(salt, keys, DIGITS);
	}

	/** As {@link #of(Salt, Collection)}, starting from {@code digits} digits (tests start short to force collisions). */
	static Pseudonyms of(Salt salt, Collection<String> keys, int digits) {
		Mac mac;
		try {
			mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(salt.secret(), HMAC));
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", unavailable);
		}
		Map<String, String> hashes = new HashMap<>();
		for (String key : new LinkedHashSet<>(keys)) {
			hashes.put(key, java.util.HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)))
				.toUpperCase(Locale.ROOT));
		}
		while (digits < 64 && !distinct(hashes.values(), digits)) {
			digits = Math.min(64, digits + 4);
		}
		Map<String, String> codes = new HashMap<>();
		for (Map.Entry<String, String> e : hashes.entrySet()) {
			codes.put(e.getKey(), "F-" + e.getValue().substring(0, digits));
		}
		return new Pseudonyms(codes, digits);
	}

	private static boolean distinct(Collection<String> hashes, int digits) {
		Set<String> seen = new HashSet<>();
		for (String h : hashes) {
			if (!seen.add(h.substring(0, digits))) {
				return false;
			}
		}
		return true;
	}

	/** The code of a firm key given to {@link #of}. */
	String code(String key) {
		String code = this.codes.get(key);
		if (code == null) {
			throw new IllegalArgumentException("no pseudonym was made for a firm of this dataset");
		}
		return code;
	}

	/** How many hexadecimal digits the codes have. */
	int digits() {
		return this.digits;
	}

}
