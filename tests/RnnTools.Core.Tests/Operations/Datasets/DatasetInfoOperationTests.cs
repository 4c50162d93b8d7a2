using RnnTools.Core.Datasets;
using RnnTools.Core.Errors;
using RnnTools.Core.Operations;
using RnnTools.Core.Operations.Datasets;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Operations.Datasets;

public sealed class DatasetInfoOperationTests
{
    [Fact]
    public void Run_ReportsEverySplitComputedFromTheFile()
    {
        string path = SharedData.Fixture("Music", "tiny.json");
        var sink = new RecordingSink<DatasetSplitRecord>();
        new DatasetInfoOperation().Run(new DatasetInfoOptions { Path = path }, sink, CancellationToken.None);
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
}
