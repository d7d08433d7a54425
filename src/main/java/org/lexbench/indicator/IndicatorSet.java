package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A composite-indicator framework: identity and provenance, method defaults, tiers, eligibility
 * gates, the firm attributes it uses, and the tree of dimensions and indicators under its
 * {@code root} (the composite).
 */
public record IndicatorSet(String id, String version, Bilingual name, Bilingual description, List<Citation> sources,
		String currency, MethodSettings method, List<Tier> tiers, Bilingual ineligible, List<Attribute> attributes,
		List<Gate> gates, Dimension root) {

	public IndicatorSet {
		if (id == null || !Ids.SET.matcher(id).matches()) {
			throw new IllegalArgumentException("set id must match " + Ids.SET + ", got " + id);
		}
		if (version == null || version.isBlank()) {
			throw new IllegalArgumentException("set " + id + " needs a version");
		}
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("set " + id + " needs a name");
		}
		if (currency == null || !currency.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("currency must be a three-letter ISO code, got " + currency);
		}
		sources = List.copyOf(sources);
		tiers = List.copyOf(tiers);
		attributes = List.copyOf(attributes);
		gates = List.copyOf(gates);
	}

	/** Every node below the root, depth first, in the order of the set file. */
	public List<Node> nodes() {
		List<Node> out = new ArrayList<>();
		walk(this.root, out);
		out.remove(0);
		return Collections.unmodifiableList(out);
	}

	/** Every indicator (leaf), in the order of the set file. */
	public List<Indicator> indicators() {
		List<Indicator> out = new ArrayList<>();
		for (Node n : nodes()) {
			if (n instanceof Indicator i) {
				out.add(i);
			}
		}
		return Collections.unmodifiableList(out);
	}

	/** The node with this id (the root included). */
	public Optional<Node> find(String nodeId) {
		return Optional.ofNullable(index().get(nodeId));
	}

	/** The parent of each node, by id (the root has none). */
	public Map<String, Dimension> parents() {
		Map<String, Dimension> out = new LinkedHashMap<>();
		collectParents(this.root, out);
		return out;
	}

	/** A declared or standard attribute with this id. */
	public Optional<Attribute> attribute(String attributeId) {
		for (Attribute a : this.attributes) {
			if (a.id().equals(attributeId)) {
				return Optional.of(a);
			}
		}
		return StandardAttributes.find(attributeId);
	}

	/** Depth of the tree: 1 when the root's children are all indicators. */
	public int depth() {
		return height(this.root) - 1;
	}

	static int height(Node node) {
		int h = 0;
		for (Node child : node.children()) {
			h = Math.max(h, height(child));
		}
		return h + 1;
	}

	private Map<String, Node> index() {
		Map<String, Node> out = new LinkedHashMap<>();
		List<Node> all = new ArrayList<>();
		walk(this.root, all);
		for (Node n : all) {
			out.putIfAbsent(n.id(), n);
		}
		return out;
	}

	private static void walk(Node node, List<Node> out) {
		out.add(node);
		for (Node child : node.children()) {
			walk(child, out);
		}
	}

	private static void collectParents(Dimension dimension, Map<String, Dimension> out) {
		for (Node child : dimension.children()) {
			out.put(child.id(), dimension);
			if (child instanceof Dimension d) {
				collectParents(d, out);
			}
		}
	}

}
