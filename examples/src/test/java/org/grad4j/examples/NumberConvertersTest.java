package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class NumberConvertersTest {
    private final SineCosineCommand.SamplesConverter samples = new SineCosineCommand.SamplesConverter();
    private final SineCosineCommand.CellsConverter cells = new SineCosineCommand.CellsConverter();
    private final SineCosineCommand.StepsConverter steps = new SineCosineCommand.StepsConverter();
    private final SineCosineCommand.NoiseConverter noise = new SineCosineCommand.NoiseConverter();
    private final SineCosineCommand.LearningRateConverter lr = new SineCosineCommand.LearningRateConverter();
    private final NumberConverters.Seed seed = new NumberConverters.Seed();

    @Test
    void integerLimitsAreAccepted() {
        assertEquals(1, samples.convert("1"));
        assertEquals(100_000, samples.convert("100000"));
        assertEquals(1_000_000, cells.convert("1000000"));
        assertEquals(1_000_000, steps.convert("1000000"));
        assertEquals(Long.MIN_VALUE, seed.convert("-9223372036854775808"));
        assertEquals(Long.MAX_VALUE, seed.convert("9223372036854775807"));
    }

    @Test
    void integerSignsAndLeadingZerosAreAccepted() {
        assertEquals(5, samples.convert("+5"));
        assertEquals(7, samples.convert("007"));
        assertEquals(-3L, seed.convert("-3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1.5", "1e3", " 5", "5 ", "0x10", "\u0663", "0", "-1", "100001",
        "2147483648", "99999999999999999999999"})
    void samplesRejectsWithTypedText(String text) {
        TypeConversionException error = assertThrows(TypeConversionException.class, () -> samples.convert(text));

        assertEquals("'" + text + "'; expected an integer from 1 to 100000", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "one", "1.0", "9223372036854775808", "-9223372036854775809"})
    void seedRejectsWithTypedText(String text) {
        TypeConversionException error = assertThrows(TypeConversionException.class, () -> seed.convert(text));

        assertEquals("'" + text + "'; expected an integer from -9223372036854775808 to 9223372036854775807",
                error.getMessage());
    }

    @Test
    void decimalFormsAreAccepted() {
        assertEquals(0.5, lr.convert("0.5"));
        assertEquals(0.5, lr.convert(".5"));
        assertEquals(5.0, lr.convert("5."));
        assertEquals(1e-3, lr.convert("1e-3"));
        assertEquals(1e300, lr.convert("1E+300"));
        assertEquals(Double.MAX_VALUE, lr.convert("1.7976931348623157e308"));
        assertEquals(1_000_000.0, noise.convert("1000000"));
        assertEquals(0.0, noise.convert("0"));
    }

    @Test
    void negativeZeroNoiseBecomesZero() {
        double value = noise.convert("-0");

        assertEquals(0.0, value);
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(value), "the sign of zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 0.5", "0.5 ", "fast", "NaN", "Infinity", "-Infinity", "1e400", "0x1p3", "1.5d",
        "1,5", "0", "-0", "-0.5", "1e-400", "e5", "."})
    void learningRateRejectsWithTypedText(String text) {
        TypeConversionException error = assertThrows(TypeConversionException.class, () -> lr.convert(text));

        assertEquals("'" + text + "'; expected a finite decimal number > 0, such as 0.5 or 1e-3", error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-0.1", "1000000.5", "1e30", "NaN", "Infinity", "abc"})
    void noiseRejectsWithTypedText(String text) {
        TypeConversionException error = assertThrows(TypeConversionException.class, () -> noise.convert(text));

        assertEquals("'" + text + "'; expected a decimal number from 0 to 1000000, such as 0.1", error.getMessage());
    }
}
