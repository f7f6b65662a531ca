package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact one-line messages for invalid arguments, run in-process. */
class InvalidArgumentMessagesTest {
    private static final String SINCOS_HELP = "; see 'grad4j-examples sincos --help'";
    private static final String INTEGER_SAMPLES = "expected an integer from 1 to 100000";
    private static final String INTEGER_SEED = "expected an integer from -9223372036854775808 to 9223372036854775807";
    private static final String DECIMAL_LR = "expected a finite decimal number > 0, such as 0.5 or 1e-3";
    private static final String DECIMAL_NOISE = "expected a decimal number from 0 to 1000000, such as 0.1";

    @TempDir
    Path temp;

    static Stream<Arguments> malformedNumbers() {
        return Stream.of(
                Arguments.of("--samples", "abc", INTEGER_SAMPLES),
                Arguments.of("--samples", "", INTEGER_SAMPLES),
                Arguments.of("--samples", "1.5", INTEGER_SAMPLES),
                Arguments.of("--samples", "2147483648", INTEGER_SAMPLES),
                Arguments.of("--samples", "2147483647", INTEGER_SAMPLES),
                Arguments.of("--samples", "100000000", INTEGER_SAMPLES),
                Arguments.of("--batch-size", "2147483647", INTEGER_SAMPLES),
                Arguments.of("--cells", "2147483647", "expected an integer from 1 to 1000000"),
                Arguments.of("--cells", "0", "expected an integer from 1 to 1000000"),
                Arguments.of("--iterations", "1000001", "expected an integer from 1 to 1000000"),
                Arguments.of("--epochs", "-5", "expected an integer from 1 to 1000000"),
                Arguments.of("--seed", "not", INTEGER_SEED),
                Arguments.of("--seed", "", INTEGER_SEED),
                Arguments.of("--seed", "9223372036854775808", INTEGER_SEED),
                Arguments.of("--lr", "", DECIMAL_LR),
                Arguments.of("--lr", "NaN", DECIMAL_LR),
                Arguments.of("--lr", "1e400", DECIMAL_LR),
                Arguments.of("--lr", "-0", DECIMAL_LR),
                Arguments.of("--lr", "fast", DECIMAL_LR),
                Arguments.of("--noise", "1e30", DECIMAL_NOISE),
                Arguments.of("--noise", "Infinity", DECIMAL_NOISE),
                Arguments.of("--noise", "-0.1", DECIMAL_NOISE));
    }

    @ParameterizedTest(name = "{0}=''{1}''")
    @MethodSource("malformedNumbers")
    void numberMessageQuotesTypedText(String option, String text, String expected) {
        Path out = temp.resolve("never");

        CommandRun run = CommandRun.of("sincos", option + "=" + text, "--out=" + out);

        assertEquals(List.of("Invalid value for option '" + option + "': '" + text + "'; " + expected + SINCOS_HELP),
                run.errLines());
        assertEquals(2, run.exitCode());
        assertFalse(Files.exists(out), "the output directory was created");
    }

    @Test
    void separateValueIsQuotedToo() {
        CommandRun run = CommandRun.of("sincos", "--lr", "1e400", "--out=" + temp.resolve("never"));

        assertEquals(List.of("Invalid value for option '--lr': '1e400'; " + DECIMAL_LR + SINCOS_HELP), run.errLines());
    }

    @Test
    void lineBreakInValueStaysOnOneLine() {
        CommandRun run = CommandRun.of("sincos", "--samples=1\n2", "--out=" + temp.resolve("never"));

        assertEquals(List.of("Invalid value for option '--samples': '1\\n2'; " + INTEGER_SAMPLES + SINCOS_HELP),
                run.errLines());
        assertEquals(2, run.exitCode());
    }

    static Stream<Arguments> parseErrors() {
        return Stream.of(
                Arguments.of(List.of("sincos", "--out=OUT", "extra"),
                        "Unexpected argument 'extra'; sincos takes options only" + SINCOS_HELP),
                Arguments.of(List.of("sincos", "--out=OUT", "a", "b"),
                        "Unexpected arguments 'a', 'b'; sincos takes options only" + SINCOS_HELP),
                Arguments.of(List.of("tour", "extra"),
                        "Unexpected argument 'extra'; tour takes options only; see 'grad4j-examples tour --help'"),
                Arguments.of(List.of("help"),
                        "Unknown command 'help'; expected one of: sincos, tour; see 'grad4j-examples --help'"),
                Arguments.of(List.of("sincos", "--out=OUT", "--seed=1", "--seed=2"),
                        "Option '--seed' takes one value but was given more than once; give it only once"
                                + SINCOS_HELP),
                Arguments.of(List.of("sincos", "--out=OUT", "--sead=3"),
                        "Unknown option '--sead=3' (did you mean '--seed'?)" + SINCOS_HELP),
                Arguments.of(List.of("sincos", "--out=OUT", "--bogus"), "Unknown option '--bogus'" + SINCOS_HELP),
                Arguments.of(List.of("sincos", "--out=OUT", "--samples"),
                        "Missing value for option '--samples'; give it as --samples=M, for example --samples=250"
                                + SINCOS_HELP),
                Arguments.of(List.of("sincos", "--lr", "--out=OUT"),
                        "Missing value for option '--lr'; give it as --lr=RATE, for example --lr=0.5" + SINCOS_HELP),
                Arguments.of(List.of("sincos", "--out"),
                        "Missing value for option '--out'; give it as --out=DIR" + SINCOS_HELP),
                Arguments.of(List.of("sincos", "--seed=1"),
                        "Missing required option '--out=DIR'; add it" + SINCOS_HELP),
                Arguments.of(List.of(),
                        "Missing command; expected one of: sincos, tour; see 'grad4j-examples --help'"));
    }

    @ParameterizedTest
    @MethodSource("parseErrors")
    void parseErrorIsOneClearLine(List<String> args, String expected) {
        Path out = temp.resolve("never");
        List<String> withOut = new ArrayList<>();
        args.forEach(arg -> withOut.add(arg.replace("OUT", out.toString())));

        CommandRun run = CommandRun.of(withOut.toArray(String[]::new));

        assertEquals(List.of(expected), run.errLines());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertFalse(Files.exists(out), "the output directory was created");
    }
}
