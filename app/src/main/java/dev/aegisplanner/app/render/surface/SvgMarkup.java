package dev.aegisplanner.app.render.surface;

/**
 * Writing SVG: numbers with at most two decimals (a hundredth of a pixel is finer than any screen) and text
 * escaped for XML, with characters XML 1.0 cannot hold left out, so any element name makes a valid file.
 */
final class SvgMarkup {

    private final StringBuilder out;

    SvgMarkup(StringBuilder out) {
        this.out = out;
    }

    SvgMarkup raw(String text) {
        out.append(text);
        return this;
    }

    /** {@code name="value"} with a leading space. */
    SvgMarkup attr(String name, double value) {
        out.append(' ').append(name).append("=\"");
        number(out, value);
        out.append('"');
        return this;
    }

    SvgMarkup attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(out, value);
        out.append('"');
        return this;
    }

    SvgMarkup text(String text) {
        escape(out, text);
        return this;
    }

    SvgMarkup number(double value) {
        number(out, value);
        return this;
    }

    /** An opacity, to a thousandth: the faint shadows are a few hundredths and would lose a third rounded to two. */
    SvgMarkup opacity(String name, double value) {
        out.append(' ').append(name).append("=\"");
        decimals(out, value, 3);
        out.append('"');
        return this;
    }

    static void number(StringBuilder out, double value) {
        decimals(out, value, 2);
    }

    private static void decimals(StringBuilder out, double value, int places) {
        long unit = places == 2 ? 100 : 1000;
        long scaled = Math.round(value * unit);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / unit);
        long fraction = scaled % unit;
        if (fraction != 0) {
            out.append('.');
            for (long digit = unit / 10; fraction != 0; digit /= 10) {
                out.append(fraction / digit);
                fraction %= digit;
            }
        }
    }

    static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c < 0xfffe) {
                            out.append(c);
                        }
                    }
                }
            }
        }
    }
}
