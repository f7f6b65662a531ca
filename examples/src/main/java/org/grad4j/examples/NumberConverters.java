package org.grad4j.examples;

import java.math.BigInteger;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli converters for number options that check the form and the range of the text the user
 * typed. Their error messages quote that text unchanged and state what is accepted, and picocli
 * prefixes them with the option name: {@code Invalid value for option '--samples': 'abc';
 * expected an integer from 1 to 1000000}.
 *
 * <p>Only plain ASCII decimal notation is accepted. Java's own parsers also accept forms such as
 * {@code NaN}, {@code Infinity}, {@code 0x1p3}, {@code 1.5d} and surrounding whitespace, which
 * are rejected here.
 */
final class NumberConverters {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private NumberConverters() {
    }

    /** Converts an integer in {@code [min, max]}. */
    abstract static class IntRange implements ITypeConverter<Integer> {
        private final int min;
        private final int max;

        IntRange(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String text) {
            return (int) parseInteger(text, min, max);
        }
    }

    /** Converts a seed, which may be any {@code long}. */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return parseInteger(text, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    /**
     * Converts a finite decimal number above {@code min} (or equal to it, when {@code min} is
     * inclusive) and at most {@code max}. A negative zero becomes positive zero.
     */
    abstract static class DecimalRange implements ITypeConverter<Double> {
        private final double min;
        private final boolean minInclusive;
        private final double max;
        private final String accepted;

        /**
         * @param accepted the accepted form and range, completing "expected ...", such as "a
         *     decimal number from 0 to 1000000, such as 0.1"
         */
        DecimalRange(double min, boolean minInclusive, double max, String accepted) {
            this.min = min;
            this.minInclusive = minInclusive;
            this.max = max;
            this.accepted = accepted;
        }

        @Override
        public Double convert(String text) {
            if (!DECIMAL.matcher(text).matches()) {
                throw rejected(text, accepted);
            }
            // Text beyond the double range parses to an infinity, which the range check rejects.
            double value = Double.parseDouble(text) + 0.0;
            boolean aboveMin = minInclusive ? value >= min : value > min;
            if (!(aboveMin && value <= max)) {
                throw rejected(text, accepted);
            }
            return value;
        }
    }

    /** Parses an integer in {@code [min, max]}, so text of any length gets the same range message. */
    private static long parseInteger(String text, long min, long max) {
        String accepted = "an integer from " + min + " to " + max;
        if (!INTEGER.matcher(text).matches()) {
            throw rejected(text, accepted);
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw rejected(text, accepted);
        }
        return value.longValueExact();
    }

    private static TypeConversionException rejected(String text, String accepted) {
        return new TypeConversionException("'" + text + "'; expected " + accepted);
    }
}
