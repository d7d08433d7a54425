package org.lexbench.indicator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.lexbench.files.Location;

/**
 * Where each part of a loaded set was written (a YAML line and column, or a table cell), so checks
 * that run on the finished set can still point at the file. Keys are paths such as
 * {@code node:talent}, {@code node:talent/weight}, {@code tier:first-class/min}. Parts already
 * reported as wrong are marked, so one mistake is not reported again as a consequence.
 */
final class SourceMap {

	private final Location fallback;

	private final Map<String, Location> places = new HashMap<>();

	private final Set<String> reported = new HashSet<>();

	SourceMap(Location fallback) {
		this.fallback = fallback;
	}

	void put(String path, Location location) {
		this.places.putIfAbsent(path, location);
	}

	/** The place of {@code path}, else of its nearest enclosing path, else the whole file. */
	Location at(String path) {
		String p = path;
		while (true) {
			Location l = this.places.get(p);
			if (l != null) {
				return l;
			}
			int slash = p.lastIndexOf('/');
			if (slash < 0) {
				return this.fallback;
			}
			p = p.substring(0, slash);
		}
	}

	void markReported(String path) {
		this.reported.add(path);
	}

	boolean reported(String path) {
		return this.reported.contains(path);
	}

	static String node(String id) {
		return "node:" + id;
	}

	static String node(String id, String key) {
		return "node:" + id + "/" + key;
	}

}
