using RnnTools.Core.Backends;
using RnnTools.Core.Datasets;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Datasets;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;
using RnnTools.Core.Tests.Training;
using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Operations.Datasets;

public sealed class DatasetInfoOperationTests
{
    [Fact]
    public void Run_ReportsEverySplitComputedFromTheFile()
    {
        string path = SharedData.Fixture("Music", "tiny.json");
        var sink = new RecordingSink<DatasetSplitRecord>();
        new DatasetInfoOperation(new FakeClock()).Run(new DatasetInfoOptions { Path = path }, sink, CancellationToken.None);
        Assert.Equal(["train", "valid", "test"], sink.Records.Select(r => r.Split));
        PolyphonicDataset dataset = PolyphonicDatasetLoader.Load(path);
        var baseline = PerKeyBaseline.Fit(dataset.Train);
        DatasetSplitRecord train = sink.Records[0];
        int[][] steps = [.. dataset.Train.SelectMany(s => s)];
        Assert.Equal(path, train.Path);
        Assert.Equal((5, 74L, 69L, 9, 23), (train.Sequences, train.Steps, train.PredictedSteps, train.ShortestSequence, train.LongestSequence));
        Assert.Equal(74.0 / 5, train.MeanSequenceLength);
        Assert.Equal(21, train.LowestNote);
        Assert.Equal(108, train.HighestNote);
        Assert.Equal(steps.Sum(s => s.Length) / 74.0, train.MeanNotesPerStep);
        Assert.Equal(steps.Max(s => s.Length), train.MaxNotesPerStep);
        Assert.Equal(steps.Count(s => s.Length == 0), train.EmptySteps);
        Assert.Equal(0, train.CroppedSequences);
        Assert.Equal(baseline.Evaluate(dataset.Test).FrameWeighted, sink.Records[2].BaselineNll);
        Assert.Equal(baseline.Evaluate(dataset.Test, includeFirstStep: true).FrameWeighted, sink.Records[2].BaselineNllAllSteps);
        Assert.Equal(baseline.Evaluate(dataset.Test).SequenceMean, sink.Records[2].BaselineNllSequenceMean);
        Assert.Single(sink.VerboseLines);
        Assert.All(sink.Records, r => Assert.Equal((null, null, null, null), (r.ModelNll, r.ModelNllSequenceMean, r.Backend, r.BackendDescription)));
        Assert.All(sink.Records, r => Assert.Equal((ToolInfo.Version, ToolInfo.GitCommit, "2026-01-01T00:00:00Z"), (r.ToolVersion, r.GitCommit, r.Timestamp)));
    }

    [Fact]
    public void Run_ModelWithZeroWeights_PredictsOneHalfForEveryKey()
    {
        StoredModel model = MusicModel(hiddenSize: 4);
        model.Model.Parameters.AsSpan().Clear();
        var sink = new RecordingSink<DatasetSplitRecord>();
        new DatasetInfoOperation().Run(new DatasetInfoOptions { Path = SharedData.Fixture("Music", "tiny.json"), Model = model, Backend = BackendKind.Managed }, sink,
            CancellationToken.None);
        Assert.All(sink.Records, r =>
        {
            Assert.Equal(PianoRoll.Keys * Math.Log(2), r.ModelNll!.Value, 1e-12);
            Assert.Equal(PianoRoll.Keys * Math.Log(2), r.ModelNllSequenceMean!.Value, 1e-12);
            Assert.Equal("managed", r.Backend);
            Assert.False(string.IsNullOrEmpty(r.BackendDescription));
        });
    }

    [Fact]
    public void Run_BestModelOfAMusicRun_ScoresItsValidationLossAndTrainMonitorAgain()
    {
        using var folder = new TemporaryDirectory("dataset-model");
        string dataset = SharedData.Fixture("Music", "tiny.json");
        (TrainingRunRecord run, _) = TrainingRuns.Run(new TrainingOptions
        {
            Task = TaskName.Music, Dataset = dataset, HiddenSize = 8, MaxIterations = 6, CheckEvery = 2, CropLength = 5, Precision = Precision.Float64,
            Backend = BackendKind.Managed, CheckpointPath = folder.Path,
        });
        CheckRecord best = run.History.Single(c => c.Iteration == run.BestIteration);
        var sink = new RecordingSink<DatasetSplitRecord>();
        new DatasetInfoOperation().Run(
            new DatasetInfoOptions { Path = dataset, ModelPath = Path.Combine(folder.Path, CheckpointStore.BestModelFileName), Backend = BackendKind.Managed }, sink,
            CancellationToken.None);
        Assert.Equal(run.BestValidLoss, sink.Records[1].ModelNllSequenceMean!.Value, 1e-12);
        Assert.Equal(best.TrainMonitorLoss!.Value, sink.Records[0].ModelNllSequenceMean!.Value, 1e-12);
        Assert.Equal(best.TrainMonitorLossFrameWeighted!.Value, sink.Records[0].ModelNll!.Value, 1e-12);
        Assert.NotEqual(sink.Records[0].ModelNll, sink.Records[2].ModelNll);
    }

    [Fact]
    public void Run_BadInput_IsAnRnnToolsException()
    {
        var sink = new RecordingSink<DatasetSplitRecord>();
        Assert.Equal(ErrorIds.InvalidHyperParameter,
            Assert.Throws<RnnToolsException>(() => new DatasetInfoOperation().Run(new DatasetInfoOptions { Path = " " }, sink, CancellationToken.None)).ErrorId);
        Assert.Equal(ErrorIds.InvalidInputFile,
            Assert.Throws<RnnToolsException>(() => new DatasetInfoOperation().Run(new DatasetInfoOptions { Path = SharedData.Fixture("nope.json") }, sink, CancellationToken.None)).ErrorId);
    }

    [Fact]
    public void Run_ModelThatIsNotAMusicModel_IsAnErrorNamingTheFileAndItsSizes()
    {
        using var folder = new TemporaryDirectory("dataset-model");
        Directory.CreateDirectory(folder.Path);
        string file = Path.Combine(folder.Path, "model.json");
        ModelFile.Write(file, NewModelOperation.Create(new NewModelOptions { InputSize = 2, OutputSize = 1 }));
        var sink = new RecordingSink<DatasetSplitRecord>();
        RnnToolsException error = Assert.Throws<RnnToolsException>(() =>
            new DatasetInfoOperation().Run(new DatasetInfoOptions { Path = SharedData.Fixture("Music", "tiny.json"), ModelPath = file }, sink, CancellationToken.None));
        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("n_in = 2, n_out = 1 and Linear outputs", error.Message, StringComparison.Ordinal);
        Assert.Empty(sink.Records);
    }

    [Fact]
    public void Validate_NamesTheOptionAtFault()
    {
        static string Fault(DatasetInfoOptions options) => Assert.Throws<RnnToolsException>(options.Validate).Message.Split(':')[0];
        Assert.Equal("ModelPath", Fault(new DatasetInfoOptions { Path = "d.json", ModelPath = "m.json", Model = MusicModel(4) }));
        Assert.Equal("Threads", Fault(new DatasetInfoOptions { Path = "d.json", Threads = 0 }));
    }

    private static StoredModel MusicModel(int hiddenSize) =>
        NewModelOperation.Create(new NewModelOptions { InputSize = PianoRoll.Keys, HiddenSize = hiddenSize, OutputSize = PianoRoll.Keys, OutputFunction = OutputFunction.Logistic, Precision = Precision.Float64 });
}
