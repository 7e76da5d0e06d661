package studio.thresho.insight.ui;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.Date;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * The time axis of the Insights charts: ticks of an hour or more with labels a person reads ("14:00",
 * "2 Dec", "Dec 2026"), never JFreeChart's millisecond labels ("03:21:18.500") that results made within
 * a few seconds of each other would get, and room on the right for the last label.
 */
final class TimeAxis {

    /** Results closer together than this are shown on an axis this wide, centred on them. */
    private static final Duration NARROWEST = Duration.ofHours(2);
    private static final RectangleInsets ROOM_FOR_LAST_LABEL = new RectangleInsets(4, 4, 4, 24);

    private TimeAxis() {
    }

    static void apply(JFreeChart chart) {
        chart.setPadding(ROOM_FOR_LAST_LABEL);
        DateAxis axis = (DateAxis) chart.getXYPlot().getDomainAxis();
        TickUnits units = new TickUnits();
        units.add(unit(DateTickUnitType.HOUR, 1, "HH:mm"));
        units.add(unit(DateTickUnitType.HOUR, 6, "d MMM HH:mm"));
        units.add(unit(DateTickUnitType.DAY, 1, "d MMM"));
        units.add(unit(DateTickUnitType.DAY, 7, "d MMM"));
        units.add(unit(DateTickUnitType.MONTH, 1, "MMM yyyy"));
        units.add(unit(DateTickUnitType.MONTH, 3, "MMM yyyy"));
        units.add(unit(DateTickUnitType.YEAR, 1, "yyyy"));
        axis.setStandardTickUnits(units);
        Range data = chart.getXYPlot().getDataRange(axis);
        if (data != null && data.getLength() < NARROWEST.toMillis()) {
            double centre = data.getCentralValue();
            axis.setRange(new Date((long) (centre - NARROWEST.toMillis() / 2.0)), new Date((long) (centre + NARROWEST.toMillis() / 2.0)));
        }
    }

    private static DateTickUnit unit(DateTickUnitType type, int count, String pattern) {
        return new DateTickUnit(type, count, new SimpleDateFormat(pattern));
    }
}
