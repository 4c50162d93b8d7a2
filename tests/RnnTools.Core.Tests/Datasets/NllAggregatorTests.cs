using RnnTools.Core.Datasets;

namespace RnnTools.Core.Tests.Datasets;

public sealed class NllAggregatorTests
{
    [Fact]
    public void FrameWeightedAndSequenceMean_DifferWhenLengthsDiffer()
    {
        var aggregator = new NllAggregator();
        Assert.True(double.IsNaN(aggregator.FrameWeighted));
        Assert.True(double.IsNaN(aggregator.SequenceMean));
        aggregator.Add([1.0, 1.0, 1.0, 1.0]);
        aggregator.Add(6.0, 2);
        Assert.Equal((2, 6L), (aggregator.Sequences, aggregator.Steps));
        Assert.Equal(10.0 / 6, aggregator.FrameWeighted, 15);
        Assert.Equal(2.0, aggregator.SequenceMean, 15);
        Assert.Throws<ArgumentOutOfRangeException>(() => aggregator.Add(1.0, 0));
    }
}
