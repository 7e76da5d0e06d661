package studio.thresho.insight.ui;

import com.vaadin.flow.component.Svg;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import studio.thresho.insight.MetricResult;
import studio.thresho.insight.TalentConsistency;

/** Draws the page's charts with JFreeChart into SVG markup, shown by Vaadin's Svg component (no JavaScript). */
final class Charts {

    static final int WIDTH = 420;
    static final int HEIGHT = 180;
    private static final Color LINE = new Color(0x1676f3);
    private static final Color TARGET = new Color(0x2e7d32);
    private static final Color FLAGGED = new Color(0xd32f2f);

    private Charts() {
    }

    /** A metric's trend with its target as a line. */
    static Svg trend(MetricResult metric) {
        TimeSeries series = new TimeSeries(metric.metric().title());
        metric.trend().stream().filter(point -> point.value() != null)
                .forEach(point -> series.addOrUpdate(new Millisecond(Date.from(point.from())), point.value()));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, null, new TimeSeriesCollection(series), false, false, false);
        XYPlot plot = style(chart);
        plot.getRenderer().setSeriesPaint(0, LINE);
        ValueMarker target = new ValueMarker(metric.metric().goal(), TARGET, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        target.setLabel("target");
        target.setLabelPaint(TARGET);
        target.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        // inside the plot's right edge, above the line: the default anchor pushes the word past the left axis
        target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(target);
        return svg(chart, "metric-chart");
    }

    /** A talent's similarity per result over time: one series per key (provider or version), flagged results in red. */
    static Svg consistency(TalentConsistency talent, java.util.function.Function<TalentConsistency.Point, String> key) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        Map<String, List<TalentConsistency.Point>> groups = talent.trend().stream()
                .collect(java.util.stream.Collectors.groupingBy(key, java.util.TreeMap::new, java.util.stream.Collectors.toList()));
        groups.forEach((name, points) -> data.addSeries(series(name, points.stream().filter(point -> !point.flagged()).toList())));
        data.addSeries(series("flagged", talent.trend().stream().filter(TalentConsistency.Point::flagged).toList()));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "similarity", data, true, false, false);
        XYPlot plot = style(chart);
        plot.getRangeAxis().setRange(0, 100);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int index = 0; index < data.getSeriesCount(); index++) {
            renderer.setSeriesShape(index, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        int flagged = data.getSeriesCount() - 1;
        renderer.setSeriesPaint(flagged, FLAGGED);
        renderer.setSeriesLinesVisible(flagged, false);
        renderer.setSeriesShape(flagged, new Rectangle(-4, -4, 8, 8));
        plot.setRenderer(renderer);
        return svg(chart, "consistency-chart");
    }

    private static TimeSeries series(String name, List<TalentConsistency.Point> points) {
        TimeSeries series = new TimeSeries(name);
        points.forEach(point -> series.addOrUpdate(new Millisecond(Date.from(point.at())), point.similarity()));
        return series;
    }

    private static XYPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe0e0e0));
        plot.setRangeGridlinePaint(new Color(0xe0e0e0));
        TimeAxis.apply(chart);
        return plot;
    }

    private static Svg svg(JFreeChart chart, String className) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        Svg svg = new Svg(graphics.getSVGElement());
        svg.addClassName(className);
        return svg;
    }
}
