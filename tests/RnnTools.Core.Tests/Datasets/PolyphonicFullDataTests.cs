using RnnTools.Core.Datasets;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Datasets;

/// <summary>The real datasets of ../shared/data/polyphonic (skipped when absent): tasks.md §5.5–5.6.</summary>
public sealed class PolyphonicFullDataTests
{
    [SharedDataTheory]
    [InlineData("jsb_chorales.json", 229, 76, 77, 23_134, 11.163, 11.021, 11.127, 11.147, 11.001, 11.072)]
    [InlineData("nottingham.json", 694, 173, 170, 266_537, 10.104, 10.050, 10.298, 10.089, 10.088, 10.162)]
    [InlineData("musedata.json", 524, 135, 124, 392_296, 11.669, 11.864, 11.522, 10.472, 10.918, 10.573)]
    [InlineData("piano_midi.json", 87, 12, 25, 103_487, 11.335, 11.502, 11.055, 11.268, 11.459, 11.398)]
    public void Load_SplitCountsAndPerKeyBaseline_MatchSection5(string file, int train, int valid, int test, int steps,
        double trainNll, double validNll, double testNll, double trainSequenceMean, double validSequenceMean, double testSequenceMean)
    {
        PolyphonicDataset dataset = PolyphonicDatasetLoader.Load(SharedData.Polyphonic(file));
        Assert.Equal((train, valid, test), (dataset.Train.Count, dataset.Valid.Count, dataset.Test.Count));
        Assert.Equal(steps, Enum.GetValues<DatasetSplit>().Sum(split => dataset.Split(split).Sum(sequence => sequence.Length)));
        var baseline = PerKeyBaseline.Fit(dataset.Train);
        double[] frameWeighted = [.. Enum.GetValues<DatasetSplit>().Select(split => baseline.Evaluate(dataset.Split(split)).FrameWeighted)];
        double[] sequenceMean = [.. Enum.GetValues<DatasetSplit>().Select(split => baseline.Evaluate(dataset.Split(split)).SequenceMean)];
        Assert.Equal(testNll, frameWeighted[2], 0.02);
        Assert.Equal(trainNll, frameWeighted[0], 0.02);
        Assert.Equal(validNll, frameWeighted[1], 0.02);
        Assert.Equal(trainSequenceMean, sequenceMean[0], 0.02);
        Assert.Equal(validSequenceMean, sequenceMean[1], 0.02);
        Assert.Equal(testSequenceMean, sequenceMean[2], 0.02);
    }

    [SharedDataFact]
    public void RealJsbPickle_EqualsTheJson()
    {
        PolyphonicDataset json = PolyphonicDatasetLoader.Load(SharedData.Polyphonic("jsb_chorales.json"));
        PolyphonicDataset pickle = PolyphonicDatasetLoader.Load(SharedData.Polyphonic("jsb-chorales-quarter.pkl"));
        PolyphonicDatasetLoaderTests.AssertSameContent(json, pickle);
    }
}
