package org.lexbench.report.workbook;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel bar chart of one series over cells of its sheet: columns, or bars with the first
 * category on top. The values are also given, because the sheet's cells are streamed after the
 * chart is made and the chart keeps a copy of them for readers that do not recalculate. Its
 * colour is set explicitly: without one, LibreOffice draws invisible bars.
 *
 * @param anchor the chart's corners as cells: first column, first row, column and row past the end
 */
record BarChart(String title, String seriesTitle, List<String> categories, double[] values, CellRangeAddress categoryCells,
		CellRangeAddress valueCells, boolean horizontal, String colour, int[] anchor) {

	BarChart {
		categories = List.copyOf(categories);
		values = values.clone();
		anchor = anchor.clone();
		if (categories.size() != values.length || anchor.length != 4) {
			throw new IllegalArgumentException(categories.size() + " categories for " + values.length
					+ " values, or an anchor of " + anchor.length + " numbers");
		}
	}

	void drawOn(XSSFSheet sheet) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, this.anchor[0], this.anchor[1], this.anchor[2],
				this.anchor[3]));
		chart.setTitleText(this.title);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(this.horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
		XDDFValueAxis valueAxis = chart.createValueAxis(this.horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
		valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		valueAxis.setMinimum(0);
		if (this.horizontal) {
			categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
		}
		String name = sheet.getSheetName();
		XDDFCategoryDataSource categorySource = XDDFDataSourcesFactory.fromArray(this.categories.toArray(String[]::new),
				this.categoryCells.formatAsString(name, true));
		Double[] boxed = new Double[this.values.length];
		for (int i = 0; i < boxed.length; i++) {
			boxed[i] = this.values[i];
		}
		XDDFNumericalDataSource<Double> valueSource = XDDFDataSourcesFactory.fromArray(boxed,
				this.valueCells.formatAsString(name, true));
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
		data.setBarDirection(this.horizontal ? BarDirection.BAR : BarDirection.COL);
		data.setVaryColors(false);
		XDDFChartData.Series series = data.addSeries(categorySource, valueSource);
		series.setTitle(this.seriesTitle, null);
		XDDFShapeProperties fill = new XDDFShapeProperties();
		fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Looks.rgb(this.colour))));
		series.setShapeProperties(fill);
		chart.plot(data);
	}

}
