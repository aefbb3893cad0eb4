package org.slastudio.export;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * A small bar chart of one service level's availability in each period, against its target: bars met in the accent
 * colour, missed in red, the target a dashed line, the axis scaled around the target so that the gap between it and
 * 100% stays visible. A period far below the target would flatten every other bar, so the axis stops at twelve times
 * that gap; a period below the axis is marked at its foot with its figure. Drawn once into a template, a few
 * kilobytes, so fifty of them stay cheap.
 */
final class AvailabilityChart {
    static final float HEIGHT = 116;
    static final Color MET = Layout.ACCENT;
    static final Color MISSED = new Color(0xb0, 0x3a, 0x2e);
    static final Color TARGET = new Color(0xc2, 0x7a, 0x0a);
    static final Color GRID = new Color(0xdd, 0xe1, 0xe6);
    private static final BaseFont FONT = Fonts.SANS;
    private static final float SMALL = 6.5f;
    /** The widest the axis goes below 100%, in gaps between the target and 100%. */
    private static final double MOST_GAPS = 12;

    /** One period: its label under the axis, the year under that where it changes, the value, and whether it met. */
    record Bar(String label, String year, BigDecimal value, boolean met) {
    }

    /** The axis from {@code lo} to 100%, ticks {@code step} apart, written with {@code decimals} decimals. */
    record Scale(double lo, double step, int decimals) {
        double hi() {
            return 100;
        }
    }

    private AvailabilityChart() {
    }

    /** The caption and the chart, kept together on one page; nothing in a dry run. */
    static void place(Layout layout, String caption, List<Bar> bars, BigDecimal target) {
        PdfContentByte canvas = layout.canvas();
        if (canvas == null) {
            return;
        }
        float width = layout.indentedWidth();
        PdfTemplate template = canvas.createTemplate(width, HEIGHT);
        draw(template, width, HEIGHT, bars, target);
        // The caption, the chart and the first rows of the table under it.
        layout.keepSpace(HEIGHT + 30 + 90);
        Paragraph p = new Paragraph(caption, Layout.CAPTION);
        p.setIndentationLeft(Layout.HANG);
        p.setSpacingBefore(4);
        p.setSpacingAfter(2);
        layout.add(p);
        layout.add(framed(template, width));
    }

    static PdfPTable framed(PdfTemplate template, float width) {
        PdfPCell cell = new PdfPCell(Image.getInstance(template), false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        PdfPTable frame = new PdfPTable(1);
        frame.setTotalWidth(width);
        frame.setLockedWidth(true);
        frame.setHorizontalAlignment(Element.ALIGN_RIGHT);
        frame.setSpacingAfter(6);
        frame.addCell(cell);
        return frame;
    }

    /** An axis that shows the lowest value and the target with room, stopping at {@link #MOST_GAPS} gaps below 100%. */
    static Scale scale(BigDecimal lowest, BigDecimal target) {
        double low = Math.min(100, lowest.doubleValue());
        double gap = target == null ? 0 : Math.max(100 - target.doubleValue(), 0.001);
        double need = Math.max(100 - low, 2 * gap);
        double span = Math.max(gap == 0 ? need * 1.15 : Math.min(need * 1.15, MOST_GAPS * gap), 0.01);
        double step = nice(span / 4);
        double lo = Math.max(0, Math.floor((100 - span) / step + 1e-9) * step);
        int decimals = 0;
        while (decimals < 4 && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        return new Scale(lo, step, decimals);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code x}. */
    private static double nice(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        double f = x / power;
        double n = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return n * power;
    }

    static void draw(PdfContentByte t, float width, float height, List<Bar> bars, BigDecimal target) {
        BigDecimal lowest = bars.stream().map(Bar::value).min(BigDecimal::compareTo).orElse(BigDecimal.valueOf(100));
        Scale scale = scale(lowest, target);
        String widestTick = tick(scale.lo(), scale.decimals());
        float left = 12 + FONT.getWidthPoint(widestTick, SMALL) + 4;
        float bottom = 24;
        float top = height - 14;
        float right = width - 4;
        float plotHeight = top - bottom;
        java.util.function.DoubleUnaryOperator y = v -> bottom + (float) ((Math.max(scale.lo(), Math.min(100, v)) - scale.lo())
                / (100 - scale.lo())) * plotHeight;

        // Grid and ticks.
        t.setLineWidth(0.4f);
        int ticks = (int) Math.round((100 - scale.lo()) / scale.step());
        for (int i = 0; i <= ticks; i++) {
            double v = scale.lo() + i * scale.step();
            float at = (float) y.applyAsDouble(v);
            t.setColorStroke(i == 0 ? Layout.MUTED : GRID);
            line(t, left, at, right, at);
            text(t, tick(v, scale.decimals()), left - 3, at - 2.2f, Element.ALIGN_RIGHT, SMALL, Layout.MUTED, 0);
        }
        text(t, "Availability", 6, bottom + plotHeight / 2, Element.ALIGN_CENTER, SMALL, Layout.MUTED, 90);

        // Bars.
        int n = Math.max(1, bars.size());
        float slot = (right - left) / n;
        float barWidth = Math.min(26, slot * 0.62f);
        int every = (int) Math.ceil(n / 24.0);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float centre = left + slot * (i + 0.5f);
            double v = bar.value().doubleValue();
            float barTop = (float) y.applyAsDouble(v);
            Color colour = bar.met() ? MET : MISSED;
            if (barTop > bottom + 0.2f) {
                t.setColorFill(colour);
                t.rectangle(centre - barWidth / 2, bottom, barWidth, barTop - bottom);
                t.fill();
            }
            boolean below = v < scale.lo();
            if (below) {
                t.setColorFill(MISSED);
                t.moveTo(centre - 3.2f, bottom + 6);
                t.lineTo(centre + 3.2f, bottom + 6);
                t.lineTo(centre, bottom + 0.8f);
                t.closePath();
                t.fill();
            }
            if (!bar.met() && slot >= 18) {
                // Inside a tall bar, in white, so that the figure never sits on the target line; above a short one.
                String figure = bar.value().setScale(2, RoundingMode.DOWN).toPlainString();
                boolean inside = barTop - bottom > 14;
                text(t, figure, centre, inside ? barTop - 8 : (below ? bottom + 6 : barTop) + 2, Element.ALIGN_CENTER, 5.5f,
                        inside ? Color.WHITE : MISSED, 0);
            }
            if (i % every == 0) {
                text(t, bar.label(), centre, bottom - 9, Element.ALIGN_CENTER, SMALL, Layout.INK, 0);
            }
            if (bar.year() != null) {
                text(t, bar.year(), centre, bottom - 18, Element.ALIGN_CENTER, SMALL, Layout.MUTED, 0);
            }
        }

        // The target, over the bars.
        if (target != null) {
            float at = (float) y.applyAsDouble(target.doubleValue());
            t.setColorStroke(TARGET);
            t.setLineWidth(1.1f);
            t.setLineDash(3.5f, 2f, 0);
            line(t, left, at, right, at);
            t.setLineDash(0);
        }
        legend(t, right, height - 8, target);
    }

    private static void legend(PdfContentByte t, float right, float baseline, BigDecimal target) {
        String targetText = target == null ? null : "Target " + ReportFigures.target(target);
        float x = right;
        if (targetText != null) {
            x -= FONT.getWidthPoint(targetText, SMALL);
            text(t, targetText, x, baseline, Element.ALIGN_LEFT, SMALL, Layout.INK, 0);
            x -= 16;
            t.setColorStroke(TARGET);
            t.setLineWidth(1.1f);
            t.setLineDash(3.5f, 2f, 0);
            line(t, x, baseline + 2.2f, x + 12, baseline + 2.2f);
            t.setLineDash(0);
            x -= 12;
        }
        for (String[] item : new String[][] {{"Missed", "x"}, {"Met", "m"}}) {
            x -= FONT.getWidthPoint(item[0], SMALL);
            text(t, item[0], x, baseline, Element.ALIGN_LEFT, SMALL, Layout.INK, 0);
            x -= 9;
            t.setColorFill(item[1].equals("m") ? MET : MISSED);
            t.rectangle(x, baseline - 0.5f, 6, 6);
            t.fill();
            x -= 10;
        }
    }

    /** "99.9%", with the axis' decimals. */
    private static String tick(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", v);
    }

    static void line(PdfContentByte t, float x0, float y0, float x1, float y1) {
        t.moveTo(x0, y0);
        t.lineTo(x1, y1);
        t.stroke();
    }

    static void text(PdfContentByte t, String text, float x, float y, int align, float size, Color colour, float rotation) {
        t.beginText();
        t.setFontAndSize(FONT, size);
        t.setColorFill(colour);
        t.showTextAligned(align, text, x, y, rotation);
        t.endText();
    }
}
