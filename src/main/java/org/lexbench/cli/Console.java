package org.lexbench.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Where a run reads commands and writes results: standard input, output and error in UTF-8
 * (whatever the machine's locale), whether standard input is a terminal (then the interactive
 * shell starts), and how wide standard output is when it is a terminal (0 otherwise: tables keep
 * their natural width in files and pipes). The launcher passes the last two as
 * {@code -Dlexbench.stdin.tty} and {@code -Dlexbench.columns}.
 */
record Console(PrintWriter out, PrintWriter err, Reader in, boolean terminal, int width) {

	static Console system() {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
				StandardCharsets.UTF_8), false);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
				StandardCharsets.UTF_8), true);
		Reader in = new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8);
		String tty = System.getProperty("lexbench.stdin.tty");
		boolean terminal = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
		return new Console(out, err, in, terminal, columns());
	}

	private static int columns() {
		String property = System.getProperty("lexbench.columns");
		String value = property != null ? property : System.getenv("COLUMNS");
		try {
			return value == null || value.isBlank() ? 0 : Math.max(0, Integer.parseInt(value.trim()));
		}
		catch (NumberFormatException notNumber) {
			return 0;
		}
	}

}
