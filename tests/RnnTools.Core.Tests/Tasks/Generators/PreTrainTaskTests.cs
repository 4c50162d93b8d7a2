using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using Xunit.Abstractions;

namespace RnnTools.Core.Tests.Tasks.Generators;

public sealed class PreTrainTaskTests(ITestOutputHelper output)
{
    private static TaskOptions Options(TaskName inner, TaskVariant variant = TaskVariant.Galvan, TemporalOrderMode mode = TemporalOrderMode.Plain) =>
        new() { Task = TaskName.PreTrain, InnerTask = inner, Variant = variant, Mode = mode, Length = 20, Seed = 7 };

    [Theory]
    [InlineData(TaskName.XorOneHot, TaskVariant.Galvan, TemporalOrderMode.Plain)]
    [InlineData(TaskName.TemporalOrder, TaskVariant.Galvan, TemporalOrderMode.Mixed)]
    [InlineData(TaskName.Addition, TaskVariant.Hs1997, TemporalOrderMode.Plain)]
    [InlineData(TaskName.NoiselessMemorization, TaskVariant.Pascanu, TemporalOrderMode.Plain)]
    public void Batch_KeepsTheInnerInputsAndTargetsTheirRunningAverage(TaskName inner, TaskVariant variant, TemporalOrderMode mode)
    {
        TaskOptions options = Options(inner, variant, mode);
        ISequenceTask task = SequenceTaskFactory.Create(options), plain = SequenceTaskFactory.Create(options.InnerOptions());
        Assert.Equal(plain.Description.InputSize, task.Description.InputSize);
        Assert.Equal(plain.Description.InputSize, task.Description.OutputSize);
        for (int draw = 0; draw < 3; draw++)
        {
            Batch batch = task.NextBatch(6), source = plain.NextBatch(6);
            Assert.Equal(source.Inputs, batch.Inputs);
            Assert.Equal(source.Lengths, batch.Lengths);
            Assert.All(batch.Mask, m => Assert.Equal(1.0, m));
            for (int b = 0; b < batch.BatchSize; b++)
            {
                for (int c = 0; c < batch.InputSize; c++)
                {
                    double previous = 0;
                    for (int t = 0; t < batch.Length; t++)
                    {
                        double expected = (previous + BatchInspector.Input(batch, t, c, b)) / 2;
                        Assert.Equal(expected, BatchInspector.Target(batch, t, c, b));
                        previous = expected;
                    }
                }
            }
        }
    }

    [Fact]
    public void Error_CountsSequencesWhoseSummedAbsoluteErrorExceeds004()
    {
        ISequenceTask task = SequenceTaskFactory.Create(Options(TaskName.Addition));
        Batch batch = task.NextBatch(200);
        double[] exact = (double[])batch.Targets.Clone();
        Assert.Equal(0, task.Error(batch, exact));
        double[] nudged = (double[])exact.Clone();
        nudged[batch.OutputIndex(3, 1, 0)] += 0.03;
        nudged[batch.OutputIndex(5, 0, 0)] -= 0.009;
        nudged[batch.OutputIndex(0, 0, 1)] += 0.041;
        Assert.Equal(1.0 / 200, task.Error(batch, nudged), 15);
        double[] zeros = ReferenceLoss.Constant(batch, 0);
        double error = task.Error(batch, zeros), loss = ReferenceLoss.SquaredError(batch, zeros);
        output.WriteLine($"galvan PreTrain(Addition), y = 0: MSE {loss:F4}, error {error:F4}");
        Assert.Equal(1.0, error);
    }

    [Fact]
    public void State_IsTheInnerTasksState()
    {
        ISequenceTask task = SequenceTaskFactory.Create(Options(TaskName.Addition));
        TaskState state = task.CaptureState();
        Assert.Equal(2, state.Streams.Count);
        Batch first = task.NextBatch(4);
        task.RestoreState(state);
        Assert.Equal(first.Targets, task.NextBatch(4).Targets);
    }
}
