package org.lexbench.report.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Reasons;

/**
 * The secret that keys firms' pseudonyms: whoever holds it can recompute a firm's code from its
 * name or credit code, so it lives apart from the data — by default in {@code ~/.lexbench/salt}
 * (Java's {@code user.home}), created on first use with 256 random bits and readable by its owner
 * only. A salt file is text; its content, without surrounding white space, is the secret (at
 * least {@value #MIN_LENGTH} characters), so a team can share one to get the same codes.
 */
public final class Salt {

	public static final int MIN_LENGTH = 16;

	/** A salt file is a line of text; anything longer is not one. */
	private static final long MAX_BYTES = 4096;

	private final Path file;

	private final byte[] secret;

	private final boolean created;

	private Salt(Path file, byte[] secret, boolean created) {
		this.file = file;
		this.secret = secret;
		this.created = created;
	}

	/** Where the salt is kept unless {@code --salt} says otherwise: {@code ~/.lexbench/salt}. */
	public static Path defaultFile() {
		return Path.of(System.getProperty("user.home"), ".lexbench", "salt");
	}

	/** The salt in {@code file}, created there (and its folder) when it does not exist yet. */
	public static Salt readOrCreate(Path file) {
		if (Files.isDirectory(file)) {
			throw LexbenchException.invalidInput("export.salt-folder", file);
		}
		if (Files.exists(file)) {
			return read(file);
		}
		return create(file);
	}

	private static Salt read(Path file) {
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw LexbenchException.invalidInput("export.salt-long", file, MAX_BYTES);
			}
			String text = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (text.length() < MIN_LENGTH) {
				throw LexbenchException.invalidInput("export.salt-short", file, text.length(), MIN_LENGTH);
			}
			return new Salt(file, text.getBytes(StandardCharsets.UTF_8), false);
		}
		catch (IOException unreadable) {
			throw LexbenchException.invalidInput("export.salt-unreadable", file, Reasons.of(unreadable));
		}
	}

	private static Salt create(Path file) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String text = HexFormat.of().formatHex(random);
		Path folder = file.toAbsolutePath().getParent();
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			// a temporary file is created readable by its owner only, and the salt keeps that
			temporary = Files.createTempFile(folder, ".salt.", ".tmp");
			Files.writeString(temporary, text + "\n", StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException notAtomic) {
				Files.move(temporary, file);
			}
			temporary = null;
		}
		catch (IOException cannot) {
			throw LexbenchException.cannotWrite(cannot, "export.salt-unwritable", file, Reasons.of(cannot));
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// the failure to create the salt is the one worth reporting
				}
			}
		}
		return new Salt(file, text.getBytes(StandardCharsets.UTF_8), true);
	}

	public Path file() {
		return this.file;
	}

	/** Whether this run created the salt file (a first pseudonymised export). */
	public boolean created() {
		return this.created;
	}

	byte[] secret() {
		return this.secret.clone();
	}

}
