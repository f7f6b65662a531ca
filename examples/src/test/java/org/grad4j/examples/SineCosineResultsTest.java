package org.grad4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.grad4j.autograd.GradMode;
import org.grad4j.loss.MSELoss;
import org.grad4j.pure.PureBackend;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;

class SineCosineResultsTest {
    private final Tensors tensors = new Tensors(new PureBackend());

    @Test
    void nonFinitePredictionStopsRendering() {
        Generator generator = new Generator(2);
        SineCosineData data = SineCosineData.generate(tensors, generator, 20, 4, 0.1);
        LineGrid model = new LineGrid(tensors, 4, 2, generator);
        LossHistory history = new LossHistory(model, new MSELoss(), data.x(), data.y(), "iteration", 1);
        history.afterStep(0);
        try (var scope = GradMode.noGrad()) {
            model.grid().mulInPlace(Double.NaN);
        }

        TrainingDivergedException error = assertThrows(TrainingDivergedException.class,
                () -> SineCosineResults.render(data, model, history, "gradient descent"));

        assertTrue(error.getMessage().startsWith("the predicted sine at x = "), error.getMessage());
        assertTrue(error.getMessage().endsWith(" is NaN after iteration 0"), error.getMessage());
    }

    @Test
    void nonFiniteLossStopsHistory() {
        Generator generator = new Generator(2);
        SineCosineData data = SineCosineData.generate(tensors, generator, 20, 4, 0.1);
        LineGrid model = new LineGrid(tensors, 4, 2, generator);
        LossHistory history = new LossHistory(model, new MSELoss(), data.x(), data.y(), "epoch", 1);
        history.afterStep(0);
        try (var scope = GradMode.noGrad()) {
            model.grid().mulInPlace(Double.POSITIVE_INFINITY);
        }

        TrainingDivergedException error = assertThrows(TrainingDivergedException.class, () -> history.afterStep(1));

        assertTrue(error.getMessage().startsWith("the loss over all samples is "), error.getMessage());
        assertTrue(error.getMessage().endsWith(" after epoch 1"), error.getMessage());
        assertEquals(1, history.losses().size(), "the non-finite loss was recorded");
    }

    @Test
    void renderProducesAllFilesInOrder() throws IOException {
        Generator generator = new Generator(2);
        SineCosineData data = SineCosineData.generate(tensors, generator, 20, 4, 0.1);
        LineGrid model = new LineGrid(tensors, 4, 2, generator);
        LossHistory history = new LossHistory(model, new MSELoss(), data.x(), data.y(), "iteration", 1);
        history.afterStep(0);

        Map<String, byte[]> files = SineCosineResults.render(data, model, history, "gradient descent");

        assertEquals(SineCosineResults.FILE_NAMES, List.copyOf(files.keySet()));
        assertTrue(new String(files.get("loss.csv"), StandardCharsets.UTF_8).startsWith("step,loss\n0,"));
        byte[] png = files.get("loss.png");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }
}
