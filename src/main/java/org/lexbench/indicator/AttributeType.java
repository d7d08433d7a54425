package org.lexbench.indicator;

/** Whether a firm attribute is text (province, size band) or a number (founding year, population). */
public enum AttributeType {
	TEXT("text"), NUMBER("number");

	private final String keyword;

	AttributeType(String keyword) {
		this.keyword = keyword;
	}

	public String keyword() {
		return this.keyword;
	}

}
