package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads {@code source:}: one citation or a list of them, each a text, a {@code {zh, en}} pair, or
 * a {@code {zh, en, url}} mapping.
 */
final class CitationReading {

	private final YamlReading yaml;

	CitationReading(YamlReading yaml) {
		this.yaml = yaml;
	}

	List<Citation> read(Node node) {
		List<Citation> out = new ArrayList<>();
		List<Node> items = node instanceof ScalarNode || node instanceof MappingNode ? List.of(node)
				: this.yaml.list(node, "source", false).orElse(List.of());
		for (Node item : items) {
			one(item).ifPresent(out::add);
		}
		return out;
	}

	private Optional<Citation> one(Node node) {
		if (node instanceof ScalarNode) {
			return this.yaml.bilingual(node, "source").map(b -> new Citation(b, Optional.empty()));
		}
		Optional<YamlReading.Keys> keys = this.yaml.keys(node, List.of("zh", "en", "url"), "source");
		if (keys.isEmpty()) {
			return Optional.empty();
		}
		String zh = keys.get().get("zh").flatMap(n -> this.yaml.text(n, "source.zh")).orElse("");
		String en = keys.get().get("en").flatMap(n -> this.yaml.text(n, "source.en")).orElse("");
		Optional<String> url = keys.get().get("url").flatMap(n -> this.yaml.text(n, "source.url"));
		if (zh.isBlank() && en.isBlank()) {
			this.yaml.problems.error(keys.get().start(), "set.source.empty");
			return Optional.empty();
		}
		return Optional.of(new Citation(Bilingual.of(zh, en), url));
	}

}
