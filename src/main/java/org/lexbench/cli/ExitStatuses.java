package org.lexbench.cli;

import org.lexbench.files.Failure;
import org.springframework.shell.core.command.ExitStatus;

/**
 * The one mapping from outcomes to process exit statuses: 0 success, 1 unexpected error, 2 usage
 * error, 3 invalid input (set or data), 4 cannot write output.
 */
final class ExitStatuses {

	static final int OK = 0;

	static final int UNEXPECTED = 1;

	static final int USAGE = 2;

	static final int INVALID_INPUT = 3;

	static final int CANNOT_WRITE = 4;

	private ExitStatuses() {
	}

	static int of(Failure failure) {
		return switch (failure) {
			case USAGE -> USAGE;
			case INVALID_INPUT -> INVALID_INPUT;
			case CANNOT_WRITE -> CANNOT_WRITE;
		};
	}

	/**
	 * Spring Shell's statuses: OK is 0; its usage and availability errors are usage errors; any
	 * other negative code is unexpected (Spring Shell 4.0.1 itself would exit 0 for all of them).
	 */
	static int of(ExitStatus status) {
		if (status.code() == ExitStatus.OK.code()) {
			return OK;
		}
		if (status.code() == ExitStatus.USAGE_ERROR.code() || status.code() == ExitStatus.AVAILABILITY_ERROR.code()) {
			return USAGE;
		}
		return status.code() > 0 ? status.code() : UNEXPECTED;
	}

}
