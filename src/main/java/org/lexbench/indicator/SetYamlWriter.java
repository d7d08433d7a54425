package org.lexbench.indicator;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.lexbench.files.AtomicOutput;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Writes an indicator set in lexbench's YAML format — the format {@link IndicatorSetLoader} reads,
 * so that writing and reading again gives an equal set. Defaults are left out, bilingual texts and
 * short lists are written on one line.
 */
public final class SetYamlWriter {

	private SetYamlWriter() {
	}

	public static String toYaml(IndicatorSet set) {
		DumpSettings settings = DumpSettings.builder()
			.setDefaultFlowStyle(FlowStyle.BLOCK)
			.setUseUnicodeEncoding(true)
			.setIndent(2)
			.setIndicatorIndent(2)
			.setIndentWithIndicator(true)
			.setWidth(120)
			.build();
		StringBuilder out = new StringBuilder();
		new Dump(settings).dumpNode(set(set), new StreamDataWriter() {
			@Override
			public void write(String s) {
				out.append(s);
			}

			@Override
			public void write(String s, int off, int len) {
				out.append(s, off, off + len);
			}
		});
		return out.toString();
	}

	public static void write(IndicatorSet set, Path target) {
		String yaml = toYaml(set);
		AtomicOutput.write(target, out -> {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			w.write(yaml);
			w.flush();
		});
	}

	private static Node set(IndicatorSet set) {
		Entries e = new Entries();
		e.put("id", text(set.id()));
		e.put("version", text(set.version()));
		e.put("name", bilingual(set.name()));
		e.putIf(!set.description().isEmpty(), "description", () -> bilingual(set.description()));
		e.putIf(!set.sources().isEmpty(), "source", () -> citations(set.sources()));
		e.put("currency", text(set.currency()));
		e.putIf(!set.root().id().equals(SetYamlReader.DEFAULT_ROOT), "root", () -> text(set.root().id()));
		e.putIf(!set.root().unit().isEmpty(), "unit", () -> bilingual(set.root().unit()));
		e.putIf(!set.method().isEmpty(), "method", () -> method(set.method()));
		e.putIf(!set.tiers().isEmpty(), "tiers", () -> list(set.tiers().stream().map(SetYamlWriter::tier).toList()));
		e.put("ineligible", bilingual(set.ineligible()));
		e.putIf(!set.attributes().isEmpty(), "attributes",
				() -> list(set.attributes().stream().map(SetYamlWriter::attribute).toList()));
		e.putIf(!set.gates().isEmpty(), "gates", () -> list(set.gates().stream().map(g -> {
			Entries ge = new Entries();
			ge.put("id", text(g.id()));
			ge.put("name", bilingual(g.name()));
			ge.put("rule", text(g.rule().text()));
			return ge.node(FlowStyle.BLOCK);
		}).toList()));
		e.put("dimensions", list(set.root().children().stream().map(n -> node(n, set.currency())).toList()));
		return e.node(FlowStyle.BLOCK);
	}

	private static Node node(org.lexbench.indicator.Node node, String setCurrency) {
		Entries e = new Entries();
		e.put("id", text(node.id()));
		e.put("name", bilingual(node.name()));
		e.putIf(!node.description().isEmpty(), "description", () -> bilingual(node.description()));
		e.putIf(node instanceof Dimension && !node.unit().isEmpty(), "unit", () -> bilingual(node.unit()));
		if (node instanceof Indicator i) {
			e.putIf(!i.aliases().isEmpty(), "aliases", () -> flowList(i.aliases().stream().map(SetYamlWriter::text).toList()));
			e.put("type", text(i.type().keyword()));
			if (i.type() instanceof IndicatorType.MoneyType m && !m.currency().equals(setCurrency)) {
				e.put("currency", text(m.currency()));
			}
			if (i.type() instanceof IndicatorType.OrdinalType o) {
				e.put("levels", list(o.levels().stream().map(l -> {
					Entries le = new Entries();
					le.put("value", number(l.value()));
					le.put("label", bilingual(l.label()));
					le.put("score", number(l.score()));
					return le.node(FlowStyle.FLOW);
				}).toList()));
			}
			if (i.type() instanceof IndicatorType.CategoryType c) {
				e.put("categories", list(c.categories().stream().map(k -> {
					Entries ke = new Entries();
					ke.put("code", text(k.code()));
					ke.put("label", bilingual(k.label()));
					ke.putIf(!k.aliases().isEmpty(), "aliases", () -> flowList(k.aliases().stream().map(SetYamlWriter::text).toList()));
					ke.put("score", number(k.score()));
					return ke.node(FlowStyle.FLOW);
				}).toList()));
			}
			e.putIf(!i.unit().isEmpty(), "unit", () -> bilingual(i.unit()));
			e.put("direction", text(i.direction().keyword()));
			e.putIf(i.target().isPresent(), "target", () -> number(i.target().getAsDouble()));
			e.putIf(i.range().isPresent(), "range",
					() -> flowList(List.of(number(i.range().get().min()), number(i.range().get().max()))));
			e.putIf(i.from().isPresent(), "from", () -> text(i.from().get()));
			e.putIf(i.denominator().isPresent(), "denominator", () -> text(i.denominator().get()));
		}
		common(node, e);
		if (node instanceof Indicator i) {
			e.putIf(!i.evidence().isEmpty(), "evidence", () -> bilingual(i.evidence()));
		}
		if (node instanceof Dimension d) {
			d.ahp().ifPresent(a -> e.put("ahp", ahp(a)));
			e.put("children", list(d.children().stream().map(c -> node(c, setCurrency)).toList()));
		}
		return e.node(FlowStyle.BLOCK);
	}

	private static void common(org.lexbench.indicator.Node node, Entries e) {
		e.putIf(node.weight().isPresent(), "weight", () -> number(node.weight().getAsDouble()));
		e.putIf(node.role() != Role.SCORE, "role", () -> text(node.role().keyword()));
		e.putIf(node.rule().isPresent(), "rule", () -> text(node.rule().get().text()));
		e.putIf(!node.method().isEmpty(), "method", () -> method(node.method()));
		e.putIf(!node.sources().isEmpty(), "source", () -> citations(node.sources()));
	}

	private static Node ahp(AhpJudgements ahp) {
		Entries e = new Entries();
		e.put("order", flowList(ahp.order().stream().map(SetYamlWriter::text).toList()));
		if (ahp.experts().size() == 1 && ahp.experts().get(0).expert().equals(AhpYamlReader.SINGLE_EXPERT)) {
			e.put("matrix", matrix(ahp.experts().get(0)));
		}
		else {
			e.put("experts", list(ahp.experts().stream().map(m -> {
				Entries me = new Entries();
				me.put("name", text(m.expert()));
				me.put("matrix", matrix(m));
				return me.node(FlowStyle.BLOCK);
			}).toList()));
		}
		return e.node(FlowStyle.BLOCK);
	}

	private static Node matrix(PairwiseMatrix m) {
		List<Node> rows = new ArrayList<>();
		for (int i = 0; i < m.size(); i++) {
			List<Node> row = new ArrayList<>();
			for (int j = 0; j < m.size(); j++) {
				row.add(number(m.get(i, j)));
			}
			rows.add(flowList(row));
		}
		return list(rows);
	}

	private static Node method(MethodSettings settings) {
		Entries e = new Entries();
		for (MethodChoice choice : settings.choices().values()) {
			Entries params = new Entries();
			List<MethodVocabulary.Parameter> known = MethodVocabulary.parameters(choice.step(), choice.method()).orElseThrow();
			for (MethodVocabulary.Parameter p : known) {
				Object v = choice.parameters().get(p.name());
				if (v != null && !v.equals(p.defaultValue())) {
					params.put(p.name(), v instanceof Double d ? number(d) : text(v.toString()));
				}
			}
			if (params.isEmpty()) {
				e.put(choice.step().keyword(), text(choice.method()));
			}
			else {
				Entries full = new Entries();
				full.put("method", text(choice.method()));
				full.tuples.addAll(params.tuples);
				e.put(choice.step().keyword(), full.node(FlowStyle.FLOW));
			}
		}
		return e.node(FlowStyle.BLOCK);
	}

	private static Node tier(Tier t) {
		Entries e = new Entries();
		e.put("id", text(t.id()));
		e.put("name", bilingual(t.name()));
		e.putIf(t.min().isPresent(), "min", () -> number(t.min().getAsDouble()));
		e.putIf(t.top().isPresent(), "top", () -> text(MethodChoice.show(t.top().getAsDouble() * 100) + "%"));
		return e.node(FlowStyle.FLOW);
	}

	private static Node attribute(Attribute a) {
		Entries e = new Entries();
		e.put("id", text(a.id()));
		e.put("name", bilingual(a.name()));
		e.put("type", text(a.type().keyword()));
		e.putIf(!a.unit().isEmpty(), "unit", () -> bilingual(a.unit()));
		e.putIf(!a.aliases().isEmpty(), "aliases", () -> flowList(a.aliases().stream().map(SetYamlWriter::text).toList()));
		return e.node(FlowStyle.FLOW);
	}

	private static Node citations(List<Citation> citations) {
		return list(citations.stream().map(c -> {
			Entries e = new Entries();
			e.putIf(!c.text().zh().isEmpty(), "zh", () -> text(c.text().zh()));
			e.putIf(!c.text().en().isEmpty(), "en", () -> text(c.text().en()));
			c.url().ifPresent(u -> e.put("url", text(u)));
			return e.node(FlowStyle.BLOCK);
		}).toList());
	}

	private static Node bilingual(Bilingual b) {
		Entries e = new Entries();
		e.putIf(!b.zh().isEmpty(), "zh", () -> text(b.zh()));
		e.putIf(!b.en().isEmpty(), "en", () -> text(b.en()));
		return e.node(FlowStyle.FLOW);
	}

	private static Node text(String s) {
		return new ScalarNode(Tag.STR, s, ScalarStyle.PLAIN);
	}

	private static Node number(double v) {
		String repr = MethodChoice.show(v);
		return new ScalarNode(repr.contains(".") || repr.contains("E") ? Tag.FLOAT : Tag.INT, repr, ScalarStyle.PLAIN);
	}

	private static Node list(List<Node> items) {
		return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
	}

	private static Node flowList(List<Node> items) {
		return new SequenceNode(Tag.SEQ, items, FlowStyle.FLOW);
	}

	/** The entries of one mapping, in writing order. */
	private static final class Entries {

		private final List<NodeTuple> tuples = new ArrayList<>();

		void put(String key, Node value) {
			this.tuples.add(new NodeTuple(text(key), value));
		}

		void putIf(boolean condition, String key, java.util.function.Supplier<Node> value) {
			if (condition) {
				put(key, value.get());
			}
		}

		boolean isEmpty() {
			return this.tuples.isEmpty();
		}

		Node node(FlowStyle style) {
			return new MappingNode(Tag.MAP, this.tuples, style);
		}

	}


}
