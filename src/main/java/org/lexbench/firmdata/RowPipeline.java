package org.lexbench.firmdata;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads a whole sheet on a second thread while the caller's thread handles the rows: parsing
 * (unzipping, XML, CSV) and reading values then take about as long as the slower of the two
 * rather than their sum. Rows pass in batches through a small bounded queue, so memory stays
 * flat; a failure on either side stops both and reaches the caller as it was thrown. With one
 * processor the sheet is read on the caller's thread.
 */
final class RowPipeline {

	/** Rows handed over at a time. */
	static final int BATCH = 128;

	/** Batches waiting at most: a few thousand rows. */
	static final int QUEUED = 4;

	private static final List<TableRow> END = List.of();

	private final BlockingQueue<List<TableRow>> queue = new ArrayBlockingQueue<>(QUEUED);

	private final AtomicBoolean cancelled = new AtomicBoolean();

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	private RowPipeline() {
	}

	static void readAll(TableFile table, int sheet, Consumer<TableRow> handler) {
		if (Runtime.getRuntime().availableProcessors() < 2) {
			table.read(sheet, row -> {
				handler.accept(row);
				return true;
			});
			return;
		}
		new RowPipeline().run(table, sheet, handler);
	}

	private void run(TableFile table, int sheet, Consumer<TableRow> handler) {
		Thread reader = new Thread(() -> produce(table, sheet), "lexbench-reader");
		reader.setDaemon(true);
		reader.start();
		try {
			for (List<TableRow> batch = take(); batch != END; batch = take()) {
				batch.forEach(handler);
			}
		}
		catch (RuntimeException | Error handlerFailed) {
			this.cancelled.set(true);
			this.queue.clear();
			throw handlerFailed;
		}
		finally {
			join(reader);
		}
		Throwable failed = this.failure.get();
		if (failed instanceof RuntimeException e) {
			throw e;
		}
		if (failed instanceof Error e) {
			throw e;
		}
	}

	private void produce(TableFile table, int sheet) {
		List<List<TableRow>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
		try {
			table.read(sheet, row -> {
				batch.get(0).add(row);
				if (batch.get(0).size() == BATCH) {
					hand(batch.get(0));
					batch.set(0, new ArrayList<>(BATCH));
				}
				return !this.cancelled.get();
			});
			if (!batch.get(0).isEmpty()) {
				hand(batch.get(0));
			}
		}
		catch (RuntimeException | Error e) {
			this.failure.set(e);
		}
		finally {
			hand(END);
		}
	}

	/** Queues a batch, giving up once the consumer has stopped. */
	private void hand(List<TableRow> batch) {
		try {
			while (!this.cancelled.get() && !this.queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
				// the consumer is busy; wait for room
			}
		}
		catch (InterruptedException interrupted) {
			this.cancelled.set(true);
			Thread.currentThread().interrupt();
		}
	}

	private List<TableRow> take() {
		try {
			return this.queue.take();
		}
		catch (InterruptedException interrupted) {
			this.cancelled.set(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading", interrupted);
		}
	}

	private static void join(Thread reader) {
		try {
			reader.join();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
