package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.lexbench.files.Location;
import org.lexbench.files.NearestWord;
import org.lexbench.files.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads typed values out of a YAML node tree, recording a located problem for every value that is
 * not of the expected form. Each reader returns empty after recording its problem, so reading goes
 * on and every problem of a file is found in one pass.
 */
final class YamlReading {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern FRACTION = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*/\\s*([0-9]+(?:\\.[0-9]+)?)\\s*");

	final String file;

	final Problems problems;

	YamlReading(String file, Problems problems) {
		this.file = file;
		this.problems = problems;
	}

	Location at(Node node) {
		return YamlDocument.at(this.file, node.getStartMark());
	}

	/** A mapping with only the allowed keys; unknown and duplicate keys are reported. */
	Optional<Keys> keys(Node node, Collection<String> allowed, Collection<String> suggestions, String what) {
		if (!(node instanceof MappingNode mapping)) {
			this.problems.error(at(node), "yaml.expected.mapping", what);
			return Optional.empty();
		}
		return Optional.of(new Keys(mapping, allowed, suggestions));
	}

	Optional<Keys> keys(Node node, Collection<String> allowed, String what) {
		return keys(node, allowed, allowed, what);
	}

	/** The keys of one mapping, checked. */
	final class Keys {

		private final MappingNode mapping;

		private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

		Keys(MappingNode mapping, Collection<String> allowed, Collection<String> suggestions) {
			this.mapping = mapping;
			for (NodeTuple tuple : mapping.getValue()) {
				Node keyNode = tuple.getKeyNode();
				if (!(keyNode instanceof ScalarNode scalar)) {
					YamlReading.this.problems.error(at(keyNode), "yaml.key-not-text");
					continue;
				}
				String key = scalar.getValue();
				NodeTuple first = this.entries.get(key);
				if (first != null) {
					YamlReading.this.problems.error(at(keyNode), "yaml.duplicate-key", key,
							at(first.getKeyNode()).render());
					continue;
				}
				this.entries.put(key, tuple);
				if (!allowed.contains(key)) {
					Optional<String> hint = NearestWord.to(key, suggestions);
					if (hint.isPresent()) {
						YamlReading.this.problems.error(at(keyNode), "yaml.unknown-key.hint", key, hint.get());
					}
					else {
						YamlReading.this.problems.error(at(keyNode), "yaml.unknown-key", key, String.join(", ", allowed));
					}
				}
			}
		}

		Optional<Node> get(String key) {
			NodeTuple t = this.entries.get(key);
			if (t == null || isNull(t.getValueNode())) {
				return Optional.empty();
			}
			return Optional.of(t.getValueNode());
		}

		boolean has(String key) {
			return get(key).isPresent();
		}

		/** Where {@code key} is written, or the mapping's start when absent. */
		Location keyAt(String key) {
			NodeTuple t = this.entries.get(key);
			return t == null ? start() : at(t.getKeyNode());
		}

		Location start() {
			return YamlReading.this.at(this.mapping);
		}

		/** Records a problem for a required key that is absent. */
		boolean require(String key, String what) {
			if (!has(key)) {
				YamlReading.this.problems.error(start(), "yaml.missing-key", key, what);
				return false;
			}
			return true;
		}

	}

	static boolean isNull(Node node) {
		return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
	}

	/** A scalar's text (numbers and words alike, exactly as written). */
	Optional<String> text(Node node, String what) {
		if (node instanceof ScalarNode s) {
			return Optional.of(s.getValue());
		}
		this.problems.error(at(node), "yaml.expected.text", what);
		return Optional.empty();
	}

	/** A finite number; NaN, infinity, quoted numbers and words are reported. */
	OptionalDouble number(Node node, String what) {
		if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
			double value = parseNumber(s.getValue());
			if (!Double.isFinite(value)) {
				this.problems.error(at(node), "yaml.not-finite", what, s.getValue());
				return OptionalDouble.empty();
			}
			return OptionalDouble.of(value);
		}
		if (node instanceof ScalarNode s) {
			this.problems.error(at(node), "yaml.expected.number", what, s.getValue());
		}
		else {
			this.problems.error(at(node), "yaml.expected.number", what, kind(node));
		}
		return OptionalDouble.empty();
	}

	/** A positive number written as a number or as a fraction such as {@code 1/3}. */
	OptionalDouble numberOrFraction(Node node, String what) {
		if (node instanceof ScalarNode s && s.getTag().equals(Tag.STR)) {
			var m = FRACTION.matcher(s.getValue());
			if (m.matches()) {
				double denominator = Double.parseDouble(m.group(2));
				if (denominator == 0) {
					this.problems.error(at(node), "yaml.not-finite", what, s.getValue());
					return OptionalDouble.empty();
				}
				return OptionalDouble.of(Double.parseDouble(m.group(1)) / denominator);
			}
		}
		return number(node, what);
	}

	static double parseNumber(String text) {
		String t = text.trim();
		switch (t) {
			case ".nan", ".NaN", ".NAN" -> {
				return Double.NaN;
			}
			case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> {
				return Double.POSITIVE_INFINITY;
			}
			case "-.inf", "-.Inf", "-.INF" -> {
				return Double.NEGATIVE_INFINITY;
			}
			default -> {
			}
		}
		if (t.startsWith("0x")) {
			return Long.parseLong(t.substring(2), 16);
		}
		if (t.startsWith("0o")) {
			return Long.parseLong(t.substring(2), 8);
		}
		return Double.parseDouble(t);
	}

	/**
	 * A text in both languages: a mapping {@code {zh: …, en: …}}, or a single text, which counts
	 * as Chinese when it contains Chinese characters and as English otherwise.
	 */
	Optional<Bilingual> bilingual(Node node, String what) {
		if (node instanceof ScalarNode s) {
			String v = s.getValue();
			return Optional.of(HAN.matcher(v).find() ? Bilingual.of(v, "") : Bilingual.of("", v));
		}
		Optional<Keys> keys = keys(node, List.of("zh", "en"), what);
		if (keys.isEmpty()) {
			return Optional.empty();
		}
		String zh = keys.get().get("zh").flatMap(n -> text(n, what + ".zh")).orElse("");
		String en = keys.get().get("en").flatMap(n -> text(n, what + ".en")).orElse("");
		return Optional.of(Bilingual.of(zh, en));
	}

	/** A sequence; a single scalar counts as a list of one when {@code singleAllowed}. */
	Optional<List<Node>> list(Node node, String what, boolean singleAllowed) {
		if (node instanceof SequenceNode s) {
			return Optional.of(s.getValue());
		}
		if (singleAllowed && node instanceof ScalarNode) {
			return Optional.of(List.of(node));
		}
		this.problems.error(at(node), "yaml.expected.list", what);
		return Optional.empty();
	}

	/** A list of texts (aliases, child ids). */
	List<String> texts(Node node, String what) {
		List<String> out = new ArrayList<>();
		list(node, what, true).ifPresent(items -> items.forEach(i -> text(i, what).ifPresent(out::add)));
		return out;
	}

	private static String kind(Node node) {
		return node instanceof MappingNode ? "{…}" : node instanceof SequenceNode ? "[…]" : "?";
	}

}
