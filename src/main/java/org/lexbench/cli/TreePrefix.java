package org.lexbench.cli;

/**
 * Where a node sits in a tree drawn in a table's first column, as {@code set show} draws it:
 * nothing before the root, then {@code ├─} or {@code └─} after the lines of the levels above.
 * No-break spaces indent, so that table alignment keeps them.
 */
record TreePrefix(String indent, boolean root, boolean last) {

	private static final String NBSP = "\u00A0";

	static TreePrefix ofRoot() {
		return new TreePrefix("", true, true);
	}

	/** {@code name} as the row's label, after its branch. */
	String label(String name) {
		return this.root ? name : this.indent + (this.last ? "└─" : "├─") + NBSP + name;
	}

	/** The prefix of a child, {@code last} when no sibling follows it. */
	TreePrefix child(boolean last) {
		String next = this.root ? "" : this.indent + (this.last ? NBSP + NBSP + NBSP : "│" + NBSP + NBSP);
		return new TreePrefix(next, false, last);
	}

}
