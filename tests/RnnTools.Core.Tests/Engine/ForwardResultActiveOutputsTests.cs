using RnnTools.Core.Backends;
using RnnTools.Core.Engine;
using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Engine;

public sealed class ForwardResultActiveOutputsTests
{
    [Theory]
    [InlineData(TaskName.TemporalOrder, TemporalOrderMode.Mixed)]
    [InlineData(TaskName.Addition, TemporalOrderMode.Plain)]
    public void CopyActiveOutputs_EqualsCopyOutputsOnActiveStepsAndIsZeroElsewhere(TaskName name, TemporalOrderMode mode)
    {
        ISequenceTask task = SequenceTaskFactory.Create(new TaskOptions { Task = name, Length = 20, Mode = mode });
        Batch batch = task.NextBatch(7);
        RnnModel<double> model = ModelInitializer.Create(new InitializationOptions()).Generate(
            new RnnShape(task.Description.InputSize, 8, task.Description.OutputSize), task.Description.OutputFunction);
        var engine = new RnnEngine<double>(new ManagedBackend(1), EngineConfiguration.For(model));
        double[] active = new double[batch.Targets.Length], all = new double[batch.Targets.Length];
        Array.Fill(active, double.NaN);

        engine.Forward(model.Parameters, batch).CopyActiveOutputs(active);
        engine.Forward(model.Parameters, batch).CopyOutputs(all);

        for (int t = 0; t < batch.Length; t++)
        {
            bool stepActive = Enumerable.Range(0, batch.BatchSize).Any(b => batch.IsActive(t, b));
            for (int o = 0; o < batch.OutputSize; o++)
            {
                for (int b = 0; b < batch.BatchSize; b++)
                {
                    int at = batch.OutputIndex(t, o, b);
                    Assert.Equal(stepActive ? all[at] : 0, active[at]);
                }
            }
        }

        Assert.Equal(task.Error(batch, all), task.Error(batch, active));
    }
}
