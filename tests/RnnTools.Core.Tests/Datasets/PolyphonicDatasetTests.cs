using RnnTools.Core.Datasets;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Tests.Datasets;

public sealed class PolyphonicDatasetTests
{
    private static readonly int[][][] Good = [[[60, 64], [], [21, 108]]];

    [Fact]
    public void Create_ValidDataset_KeepsTheSplits()
    {
        var dataset = new PolyphonicDataset("d.json", Good, Good, [[[40], [41]]]);
        Assert.Same(dataset.Train, dataset.Split(DatasetSplit.Train));
        Assert.Equal(41, dataset.Split(DatasetSplit.Test)[0][1][0]);
        Assert.Equal("valid", PolyphonicDataset.SplitKey(DatasetSplit.Valid));
    }

    [Theory]
    [InlineData(20, 60, "split 'valid' sequence 0 step 1: note 20 is outside 21..108")]
    [InlineData(60, 109, "split 'valid' sequence 0 step 1: note 109 is outside 21..108")]
    [InlineData(64, 64, "split 'valid' sequence 0 step 1: notes must be strictly increasing (64 then 64)")]
    [InlineData(64, 60, "split 'valid' sequence 0 step 1: notes must be strictly increasing (64 then 60)")]
    public void Create_BadNote_NamesTheFileSplitSequenceAndStep(int first, int second, string message)
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => new PolyphonicDataset("d.json", Good, [[[60], [first, second]]], Good));
        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
        Assert.Equal($"d.json: {message}.", error.Message);
    }

    [Fact]
    public void Create_EmptySplitOrOneStepSequence_IsRefused()
    {
        Assert.Contains("split 'test' has no sequences", Assert.Throws<RnnToolsException>(() => new PolyphonicDataset("d", Good, Good, [])).Message);
        Assert.Contains("split 'train' sequence 1 has 1 step(s)", Assert.Throws<RnnToolsException>(() => new PolyphonicDataset("d", [Good[0], [[60]]], Good, Good)).Message);
    }
}
