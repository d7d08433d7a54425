package org.lexbench.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of an input's bytes, in hex: what run manifests record to tie outputs to inputs. */
public final class ContentHash {

	private ContentHash() {
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every JDK has SHA-256", impossible);
		}
	}

}
