package org.grad4j.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file of numbers as the examples write it: a header line, then one row of
 * comma-separated numbers per line.
 *
 * @param header the column names
 * @param rows the values, one array per row
 */
record CsvTable(List<String> header, List<double[]> rows) {
    /** Reads {@code file}, failing on a row whose column count differs from the header's. */
    static CsvTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<double[]> rows = lines.subList(1, lines.size()).stream().map(line -> {
            double[] values = Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            if (values.length != header.size()) {
                throw new AssertionError(file + ": row '" + line + "' has " + values.length + " values but the header "
                        + header.size() + " columns");
            }
            return values;
        }).toList();
        return new CsvTable(header, rows);
    }

    /** Returns the values of column {@code name}. */
    double[] column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new AssertionError("no column '" + name + "' in " + header);
        }
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }
}
