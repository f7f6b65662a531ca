package org.grad4j.examples;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports invalid arguments as exactly one line on standard error, stating what is wrong and
 * what to do, and returns exit code 2. Picocli's messages for unknown options, unexpected
 * arguments, repeated options and missing values are rewritten for that. Other messages, such as
 * those of the type converters, are kept, with control characters escaped to stay on one line.
 */
final class InvalidArgumentHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine failed = exception.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(oneLine(describe(exception, Arrays.asList(args))));
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    /** Returns the one-line message for {@code exception}, raised while parsing {@code args}. */
    static String describe(ParameterException exception, List<String> args) {
        CommandSpec command = exception.getCommandLine().getCommandSpec();
        String seeHelp = "see '" + command.qualifiedName() + " --help'";
        String problem;
        if (exception instanceof UnmatchedArgumentException unmatched) {
            problem = describeUnmatched(unmatched, command);
        } else if (exception instanceof OverwrittenOptionException overwritten) {
            problem = "Option '" + name(overwritten.getOverwritten())
                    + "' takes one value but was given more than once; give it only once";
        } else if (exception instanceof MissingParameterException missing) {
            problem = describeMissing(missing.getMissing(), args);
        } else {
            problem = exception.getMessage().strip();
        }
        return problem + "; " + seeHelp;
    }

    /**
     * Returns {@code message} with every control character written as a Java escape, such as
     * {@code \n}, so that a message quoting user input stays on one line.
     */
    static String oneLine(String message) {
        StringBuilder line = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.toString();
    }

    private static String describeUnmatched(UnmatchedArgumentException unmatched, CommandSpec command) {
        List<String> arguments = unmatched.getUnmatched();
        String quoted = arguments.stream().map(argument -> "'" + argument + "'").collect(Collectors.joining(", "));
        String plural = arguments.size() == 1 ? "" : "s";
        if (unmatched.isUnknownOption()) {
            List<String> suggestions = unmatched.getSuggestions();
            String suggestion = suggestions.isEmpty() ? ""
                    : " (did you mean " + suggestions.stream().map(name -> "'" + name + "'")
                            .collect(Collectors.joining(" or ")) + "?)";
            return "Unknown option" + plural + " " + quoted + suggestion;
        }
        if (!command.subcommands().isEmpty()) {
            return "Unknown command" + plural + " " + quoted + "; expected one of: "
                    + String.join(", ", command.subcommands().keySet());
        }
        return "Unexpected argument" + plural + " " + quoted + "; " + command.name() + " takes options only";
    }

    /**
     * Describes missing arguments. A listed option that appears in {@code args} lacks its value,
     * and one that does not appear is a required option that was left out.
     */
    private static String describeMissing(List<ArgSpec> missing, List<String> args) {
        ArgSpec first = missing.get(0);
        if (!(first instanceof OptionSpec option)) {
            return "Missing argument " + first.paramLabel();
        }
        String example = option.longestName() + "=" + option.paramLabel();
        if (!appears(option, args)) {
            return "Missing required option '" + example + "'; add it";
        }
        String sample = option.defaultValue() == null ? "" : ", for example " + option.longestName() + "="
                + option.defaultValue();
        return "Missing value for option '" + option.longestName() + "'; give it as " + example + sample;
    }

    private static boolean appears(OptionSpec option, List<String> args) {
        for (String argument : args) {
            for (String name : option.names()) {
                if (argument.equals(name) || argument.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(ArgSpec argument) {
        return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
    }
}
