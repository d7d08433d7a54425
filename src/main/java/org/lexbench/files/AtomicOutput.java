package org.lexbench.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file so that readers only ever see the old file or the complete new one: the
 * content goes to a temporary file in the same folder, which is then moved into place. A failure
 * leaves no temporary file behind.
 */
public final class AtomicOutput {

	/** Writes the whole content of one file. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private AtomicOutput() {
	}

	/**
	 * Temporary files being written, deleted if the program is stopped (Ctrl-C, a kill) before
	 * they are moved into place: an interrupted run leaves neither a half-written output nor its
	 * temporary file.
	 */
	private static final class Unfinished {

		private static final java.util.Set<Path> FILES = java.util.concurrent.ConcurrentHashMap.newKeySet();

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> FILES.forEach(file -> {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// stopping anyway
				}
			}), "lexbench-unfinished-outputs"));
		}

		static void add(Path file) {
			FILES.add(file);
		}

		static void remove(Path file) {
			if (file != null) {
				FILES.remove(file);
			}
		}

	}

	/** Writes {@code content} to {@code target}; the folder must exist (it is not created here). */
	public static void write(Path target, Content content) {
		Path absolute = target.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		if (folder == null || !Files.exists(folder)) {
			throw LexbenchException.cannotWrite(null, "output.no-folder", target, folder);
		}
		if (!Files.isDirectory(folder)) {
			throw LexbenchException.cannotWrite(null, "output.parent-not-folder", target, folder);
		}
		if (!Files.isWritable(folder)) {
			throw LexbenchException.cannotWrite(null, "output.denied", target);
		}
		if (Files.isDirectory(absolute)) {
			throw LexbenchException.cannotWrite(null, "output.is-folder", target);
		}
		Path temporary = null;
		try {
			temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
			Unfinished.add(temporary);
			try (OutputStream out = Files.newOutputStream(temporary)) {
				content.writeTo(out);
			}
			readable(temporary, absolute);
			move(temporary, absolute);
			Unfinished.remove(temporary);
			temporary = null;
		}
		catch (AccessDeniedException denied) {
			throw LexbenchException.cannotWrite(denied, "output.denied", target);
		}
		catch (IOException failed) {
			throw LexbenchException.cannotWrite(failed, "output.failed", target, String.valueOf(failed.getMessage()));
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// the original failure is the one worth reporting
				}
			}
			Unfinished.remove(temporary);
		}
	}

	/**
	 * Gives the temporary file the permissions of the file it replaces, or {@code rw-r--r--}: a
	 * temporary file is created readable by its owner only, which a report shared on a server
	 * should not inherit.
	 */
	private static void readable(Path temporary, Path target) throws IOException {
		if (!Files.getFileStore(temporary).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
			return;
		}
		java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
				? Files.getPosixFilePermissions(target) : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temporary, permissions);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException notAtomic) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
