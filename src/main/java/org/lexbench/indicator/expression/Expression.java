package org.lexbench.indicator.expression;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.lexbench.indicator.expression.Literal.NumberLiteral;
import org.lexbench.indicator.expression.Literal.TextLiteral;

/**
 * A parsed rule of lexbench's filter language (gate rules, peer groups, filters), for example
 * {@code province = '广东' and lawyers >= 300}. Evaluates to {@link Truth}; a comparison with a
 * missing value is {@link Truth#UNKNOWN}.
 */
public sealed interface Expression permits Expression.Comparison, Expression.Membership, Expression.Junction, Expression.Not {

	Truth test(Bindings bindings);

	/** The ids of indicators and attributes the rule reads. */
	default Set<String> identifiers() {
		Set<String> ids = new LinkedHashSet<>();
		collect(ids);
		return ids;
	}

	/** Every identifier together with the column (from 1) where it appears in the rule text. */
	default List<Reference> references() {
		List<Reference> refs = new java.util.ArrayList<>();
		gather(refs);
		return refs;
	}

	void collect(Set<String> ids);

	void gather(List<Reference> refs);

	/** The rule in canonical form. */
	String render();

	/** An identifier read by a rule, and where. */
	record Reference(String identifier, int column) {
	}

	/** {@code name op literal}. */
	record Comparison(String identifier, Operator operator, Literal literal, int column) implements Expression {
		@Override
		public Truth test(Bindings bindings) {
			if (this.literal instanceof NumberLiteral n) {
				OptionalDouble v = bindings.number(this.identifier);
				if (v.isEmpty()) {
					return Truth.UNKNOWN;
				}
				return Truth.of(this.operator.holds(Double.compare(v.getAsDouble(), n.value())));
			}
			Optional<String> v = bindings.text(this.identifier);
			if (v.isEmpty()) {
				return Truth.UNKNOWN;
			}
			String expected = TextLiteral.fold(((TextLiteral) this.literal).value());
			return Truth.of(this.operator.holds(TextLiteral.fold(v.get()).compareTo(expected)));
		}

		@Override
		public void collect(Set<String> ids) {
			ids.add(this.identifier);
		}

		@Override
		public void gather(List<Reference> refs) {
			refs.add(new Reference(this.identifier, this.column));
		}

		@Override
		public String render() {
			return this.identifier + " " + this.operator.symbol() + " " + this.literal.render();
		}
	}

	/** {@code name [not] in (literal, …)}. */
	record Membership(String identifier, boolean negated, List<Literal> literals, int column) implements Expression {
		public Membership {
			literals = List.copyOf(literals);
		}

		@Override
		public Truth test(Bindings bindings) {
			Truth found = Truth.FALSE;
			for (Literal literal : this.literals) {
				found = found.or(new Comparison(this.identifier, Operator.EQ, literal, this.column).test(bindings));
			}
			return this.negated ? found.not() : found;
		}

		@Override
		public void collect(Set<String> ids) {
			ids.add(this.identifier);
		}

		@Override
		public void gather(List<Reference> refs) {
			refs.add(new Reference(this.identifier, this.column));
		}

		@Override
		public String render() {
			return this.identifier + (this.negated ? " not in " : " in ")
					+ this.literals.stream().map(Literal::render).collect(Collectors.joining(", ", "(", ")"));
		}
	}

	/** Two rules joined by {@code and} or {@code or}. */
	sealed interface Junction extends Expression permits And, Or {

		Expression left();

		Expression right();

		@Override
		default void collect(Set<String> ids) {
			left().collect(ids);
			right().collect(ids);
		}

		@Override
		default void gather(List<Reference> refs) {
			left().gather(refs);
			right().gather(refs);
		}

	}

	/** {@code a and b}. */
	record And(Expression left, Expression right) implements Junction {
		@Override
		public Truth test(Bindings bindings) {
			return this.left.test(bindings).and(this.right.test(bindings));
		}

		@Override
		public String render() {
			return wrap(this.left, Or.class) + " and " + wrap(this.right, Or.class);
		}
	}

	/** {@code a or b}. */
	record Or(Expression left, Expression right) implements Junction {
		@Override
		public Truth test(Bindings bindings) {
			return this.left.test(bindings).or(this.right.test(bindings));
		}

		@Override
		public String render() {
			return this.left.render() + " or " + this.right.render();
		}
	}

	/** {@code not a}. */
	record Not(Expression operand) implements Expression {
		@Override
		public Truth test(Bindings bindings) {
			return this.operand.test(bindings).not();
		}

		@Override
		public void collect(Set<String> ids) {
			this.operand.collect(ids);
		}

		@Override
		public void gather(List<Reference> refs) {
			this.operand.gather(refs);
		}

		@Override
		public String render() {
			return "not " + wrap(this.operand, And.class, Or.class);
		}
	}

	@SafeVarargs
	private static String wrap(Expression e, Class<? extends Expression>... needParentheses) {
		for (Class<? extends Expression> c : needParentheses) {
			if (c.isInstance(e)) {
				return "(" + e.render() + ")";
			}
		}
		return e.render();
	}

}
