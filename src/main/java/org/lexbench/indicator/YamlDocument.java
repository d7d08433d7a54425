package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.Location;
import org.lexbench.files.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses one YAML 1.2 document into a node tree whose every node keeps its line and column.
 * Guards against hostile files: aliases of collections are capped (no "billion laughs"), a
 * recursive anchor is an error rather than an endless loop, and the tree's depth is bounded.
 */
final class YamlDocument {

	/** Most aliases of collections one file may use; sets need none, a bomb needs thousands. */
	static final int MAX_COLLECTION_ALIASES = 50;

	/** Deepest nesting accepted; real sets stay far below. */
	static final int MAX_DEPTH = 100;

	/** Most nodes the tree may have once aliases are expanded (a set of 1,000 indicators has ~20,000). */
	static final int MAX_EXPANDED_NODES = 200_000;

	private YamlDocument() {
	}

	/** The document's root, or empty after recording the problem that prevented parsing. */
	static Optional<Node> compose(String text, String file, Problems problems) {
		LoadSettings settings = LoadSettings.builder()
			.setLabel(file)
			.setSchema(new CoreSchema())
			.setAllowDuplicateKeys(true)
			.setAllowRecursiveKeys(false)
			.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
			.setCodePointLimit(Integer.MAX_VALUE)
			.build();
		List<Node> documents = new ArrayList<>();
		try {
			for (Node document : new Compose(settings).composeAllFromString(text)) {
				documents.add(document);
				if (documents.size() > 1) {
					problems.error(at(file, document.getStartMark()), "yaml.several-documents");
					return Optional.empty();
				}
			}
		}
		catch (MarkedYamlEngineException syntax) {
			Optional<Mark> mark = syntax.getProblemMark().isPresent() ? syntax.getProblemMark() : syntax.getContextMark();
			report(file, mark, syntax, text, problems);
			return Optional.empty();
		}
		catch (YamlEngineException other) {
			String message = String.valueOf(other.getMessage());
			if (message.contains("aliases")) {
				problems.error(Location.file(file), "yaml.alias-bomb", MAX_COLLECTION_ALIASES);
			}
			else if (message.toLowerCase(java.util.Locale.ROOT).contains("recursive")) {
				problems.error(Location.file(file), "yaml.recursive-anchor");
			}
			else {
				problems.error(Location.file(file), "yaml.syntax", message);
			}
			return Optional.empty();
		}
		catch (StackOverflowError tooDeep) {
			problems.error(Location.file(file), "yaml.too-deep", MAX_DEPTH);
			return Optional.empty();
		}
		if (documents.isEmpty()) {
			problems.error(Location.file(file), "yaml.empty");
			return Optional.empty();
		}
		Node root = documents.get(0);
		if (!acyclic(root, file, problems)) {
			return Optional.empty();
		}
		return Optional.of(root);
	}

	/**
	 * A syntax error at the place the parser stopped; when the parser says what it was in the
	 * middle of (an unclosed {@code {} or {@code [}), where that began too — often the real mistake.
	 */
	private static void report(String file, Optional<Mark> mark, MarkedYamlEngineException syntax, String text,
			Problems problems) {
		Location where = mark.map(m -> at(file, Optional.of(m))).orElse(Location.file(file));
		String p = syntax.getProblem() == null ? "" : syntax.getProblem();
		if (p.contains("\\t") || p.contains("'\t'") || tabAt(text, mark)) {
			problems.error(where, "yaml.tab");
		}
		else if (syntax.getContext() != null && syntax.getContextMark().isPresent()
				&& !syntax.getContextMark().equals(mark)) {
			Location context = at(file, syntax.getContextMark());
			problems.error(where, "yaml.syntax.context", p, syntax.getContext(),
					context instanceof Location.TextPosition t ? t.line() + ":" + t.column() : context.render());
		}
		else {
			problems.error(where, "yaml.syntax", p);
		}
	}

	private static boolean tabAt(String text, Optional<Mark> mark) {
		if (mark.isEmpty()) {
			return false;
		}
		int index = mark.get().getIndex();
		return index >= 0 && index < text.length() && text.charAt(index) == '\t';
	}

	/** Refuses a tree that refers to itself through an alias, or nests deeper than MAX_DEPTH. */
	private static boolean acyclic(Node root, String file, Problems problems) {
		Map<Node, Boolean> onPath = new IdentityHashMap<>();
		return visit(root, onPath, 0, new int[1], file, problems);
	}

	private static boolean visit(Node node, Map<Node, Boolean> onPath, int depth, int[] count, String file,
			Problems problems) {
		if (++count[0] > MAX_EXPANDED_NODES) {
			problems.error(Location.file(file), "yaml.alias-bomb", MAX_COLLECTION_ALIASES);
			return false;
		}
		if (depth > MAX_DEPTH) {
			problems.error(at(file, node.getStartMark()), "yaml.too-deep", MAX_DEPTH);
			return false;
		}
		if (node.isRecursive() || onPath.containsKey(node)) {
			problems.error(at(file, node.getStartMark()), "yaml.recursive-anchor");
			return false;
		}
		List<Node> children = new ArrayList<>();
		if (node instanceof MappingNode m) {
			for (NodeTuple t : m.getValue()) {
				children.add(t.getKeyNode());
				children.add(t.getValueNode());
			}
		}
		else if (node instanceof SequenceNode s) {
			children.addAll(s.getValue());
		}
		if (children.isEmpty()) {
			return true;
		}
		onPath.put(node, Boolean.TRUE);
		try {
			for (Node child : children) {
				if (!visit(child, onPath, depth + 1, count, file, problems)) {
					return false;
				}
			}
			return true;
		}
		finally {
			onPath.remove(node);
		}
	}

	static Location at(String file, Optional<Mark> mark) {
		return mark.map(m -> Location.at(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.file(file));
	}

}
