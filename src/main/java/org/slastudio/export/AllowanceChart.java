package org.slastudio.export;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.List;

/**
 * For a report of one period, where a chart over periods would hold one bar: each service level's downtime as a share
 * of what its target allows, one bar a level, the allowance a line at 100%. Levels with different targets compare on
 * one axis this way; a bar past the line is a missed target. Bars beyond twice the allowance stop at the edge, marked
 * with their figure.
 */
final class AllowanceChart {
    static final int LEVELS_PER_CHART = 28;
    private static final float ROW = 13;
    private static final float SMALL = 6.5f;
    private static final BaseFont FONT = Fonts.SANS;
    private static final int MOST = 200;

    /** One level: its name, the share of its allowance used (whole per cent, rounded up) and whether it met. */
    record Bar(String label, int usedPercent, boolean met) {
    }

    private AllowanceChart() {
    }

    static void place(Layout layout, String caption, List<Bar> bars) {
        PdfContentByte canvas = layout.canvas();
        if (canvas == null) {
            return;
        }
        float width = layout.indentedWidth();
        float height = bars.size() * ROW + 34;
        PdfTemplate template = canvas.createTemplate(width, height);
        draw(template, width, height, bars);
        layout.keepSpace(height + 30);
        Paragraph p = new Paragraph(caption, Layout.CAPTION);
        p.setIndentationLeft(Layout.HANG);
        p.setSpacingBefore(4);
        p.setSpacingAfter(2);
        layout.add(p);
        layout.add(AvailabilityChart.framed(template, width));
    }

    static void draw(PdfContentByte t, float width, float height, List<Bar> bars) {
        float labels = Math.min(170, width * 0.4f);
        float left = labels + 6;
        float right = width - 26;
        float top = height - 14;
        float bottom = 20;
        int widest = bars.stream().mapToInt(Bar::usedPercent).max().orElse(0);
        int end = Math.min(MOST, Math.max(100, (int) Math.ceil(widest / 50.0) * 50));
        java.util.function.IntToDoubleFunction x = v -> left + (right - left) * Math.min(v, end) / (double) end;

        t.setLineWidth(0.4f);
        for (int v = 0; v <= end; v += end <= 100 ? 25 : 50) {
            float at = (float) x.applyAsDouble(v);
            t.setColorStroke(v == 0 ? Layout.MUTED : AvailabilityChart.GRID);
            AvailabilityChart.line(t, at, bottom, at, top);
            AvailabilityChart.text(t, v + "%", at, bottom - 9, Element.ALIGN_CENTER, SMALL, Layout.MUTED, 0);
        }
        AvailabilityChart.text(t, "Downtime as a share of the downtime the target allows", (left + right) / 2, bottom - 18,
                Element.ALIGN_CENTER, SMALL, Layout.MUTED, 0);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float centre = top - ROW * (i + 0.5f);
            AvailabilityChart.text(t, fitted(bar.label(), labels), labels, centre - 2.2f, Element.ALIGN_RIGHT, SMALL,
                    Layout.INK, 0);
            float length = (float) x.applyAsDouble(bar.usedPercent()) - left;
            if (length > 0.3f) {
                t.setColorFill(bar.met() ? AvailabilityChart.MET : AvailabilityChart.MISSED);
                t.rectangle(left, centre - ROW * 0.3f, length, ROW * 0.6f);
                t.fill();
            }
            AvailabilityChart.text(t, bar.usedPercent() + "%", left + length + 2, centre - 2.2f, Element.ALIGN_LEFT, 5.5f,
                    bar.met() ? Layout.MUTED : AvailabilityChart.MISSED, 0);
        }
        float at = (float) x.applyAsDouble(100);
        t.setColorStroke(AvailabilityChart.TARGET);
        t.setLineWidth(1.1f);
        t.setLineDash(3.5f, 2f, 0);
        AvailabilityChart.line(t, at, bottom, at, top + 2);
        t.setLineDash(0);
        AvailabilityChart.text(t, "Allowed downtime (the target)", at, top + 5, Element.ALIGN_CENTER, SMALL, Layout.INK, 0);
    }

    /** The label cut with an ellipsis where it is wider than the room for it. */
    private static String fitted(String label, float room) {
        if (FONT.getWidthPoint(label, SMALL) <= room) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && FONT.getWidthPoint(cut + "…", SMALL) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
