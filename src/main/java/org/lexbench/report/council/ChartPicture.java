package org.lexbench.report.council;

/** A chart to place in a document: its PNG, its size in pixels and its caption. */
public record ChartPicture(byte[] png, int width, int height, String caption) {

	public ChartPicture {
		png = png.clone();
	}

	@Override
	public byte[] png() {
		return this.png.clone();
	}

}
