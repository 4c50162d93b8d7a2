using RnnTools.Core.Backends;
using RnnTools.Core.Operations;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Training;

/// <summary>Small, fast training configurations and a helper that runs one and returns its summary.</summary>
internal static class TrainingRuns
{
    /// <summary>TemporalOrder with T = 10 and 20 units at μ = 0.03: solves within a few hundred iterations.</summary>
    public static TrainingOptions Quick { get; } = new()
    {
        Task = TaskName.TemporalOrder,
        Length = 10,
        HiddenSize = 20,
        LearningRate = 0.03,
        BatchSize = 50,
        ValidationSize = 500,
        CheckEvery = 50,
        MaxIterations = 1000,
        Backend = BackendKind.Managed,
    };

    /// <summary>Runs and returns the one summary record (and the sink, for its warnings and progress).</summary>
    public static (TrainingRunRecord Run, RecordingSink<TrainingRunRecord> Sink) Run(TrainingOptions options, ITrainingHistory? history = null,
        CancellationToken cancellationToken = default, TimeProvider? clock = null)
    {
        var sink = new RecordingSink<TrainingRunRecord>();
        new TrainingOperation(clock).Run(options, sink, history, cancellationToken);
        return (Assert.Single(sink.Records), sink);
    }
}
