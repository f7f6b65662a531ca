package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The help texts state the limits, the exit codes and what the options really do. */
class HelpTextTest {
    /** Returns the help of {@code command} with line breaks and indentation collapsed to single spaces. */
    private static String help(String... command) {
        CommandRun run = CommandRun.of(command);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        return run.out().replaceAll("\\s+", " ");
    }

    @Test
    void sincosHelpStatesLimits() {
        String help = help("sincos", "--help");

        assertTrue(help.contains("--samples=M Number of samples m, from 1 to 100000 "), help);
        assertTrue(help.contains("--batch-size=SIZE Samples per SGD minibatch, with --mode=sgd, from 1 to 100000"),
                help);
        assertTrue(help.contains("--cells=N Number of grid cells n, from 1 to 1000000"), help);
        assertTrue(help.contains("--iterations=COUNT Gradient descent iterations, with --mode=gd, from 1 to 1000000"),
                help);
        assertTrue(help.contains("--epochs=COUNT SGD epochs, with --mode=sgd, from 1 to 1000000"), help);
        assertTrue(help.contains("--noise=STD Standard deviation of the Gaussian noise added to each target, from 0 to"
                + " 1000000"), help);
        assertTrue(help.contains("Any finite number > 0"), help);
        assertTrue(help.contains("any 64-bit integer"), help);
    }

    @Test
    void sincosHelpListsExitCodes() {
        String help = help("sincos", "--help");

        assertTrue(help.contains("Exit codes: 0 Training finished and the four files were written."), help);
        assertTrue(help.contains(" 1 The run failed: training diverged (the loss became NaN or infinite) and nothing"
                + " was written, or writing the files failed."), help);
        assertTrue(help.contains(" 2 Invalid arguments: one line on standard error names the invalid argument and"
                + " what is accepted, and nothing is written."), help);
    }

    @Test
    void learningRateHelpCoversBothModes() {
        String help = help("sincos", "--help");

        assertTrue(help.contains("--lr=RATE Learning rate of the SGD optimizer, which both modes use"), help);
        assertTrue(help.contains("once per iteration with gd and once per minibatch with sgd"), help);
    }

    @Test
    void sincosHelpDefinesStep() {
        String help = help("sincos", "--help");

        assertTrue(help.contains("loss.csv has one row per step, numbered from 0: a step is an iteration with"
                + " --mode=gd and an epoch with --mode=sgd"), help);
    }

    @Test
    void tourSeedHelpHasNoBatches() {
        String help = help("tour", "--help");

        assertTrue(help.contains("--seed=N Seed of the generator that draws the tour's grid and then its sine/cosine"
                + " samples"), help);
        assertFalse(help.toLowerCase().contains("batch"), help);
        assertTrue(help.contains("Exit codes: 0 The values were printed."), help);
    }

    @Test
    void mainHelpListsExitCodes() {
        String help = help("--help");

        assertTrue(help.contains("Exit codes: 0 The command succeeded. 1 The command failed while running; see its"
                + " --help. 2 Invalid arguments"), help);
    }
}
