using RnnTools.Core.Experiments;
using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Experiments;

public sealed class RunGroupTests
{
    private static readonly int[] SeedsThirteenFourteen = [13, 14];

    private static FinishedRun Run(int seed, TrainingStatus status, long iterations) =>
        new($"cell:s{seed}", seed, 50, status, iterations, iterations, 1e-4, 1.2);

    private static RunGroup Group(params FinishedRun[] finished) => new([], finished);

    [Fact]
    public void MeanIterationsAllSolvedIsTheMeanOnceEverySeedSolved()
    {
        RunGroup group = Group(Run(13, TrainingStatus.Solved, 1_000_000), Run(14, TrainingStatus.Solved, 2_000_000),
            Run(15, TrainingStatus.Solved, 9_000_000));

        Assert.Equal(1_500_000, group.MeanIterationsAllSolved(SeedsThirteenFourteen));
    }

    [Fact]
    public void MeanIterationsAllSolvedIsNaNAfterAFailure()
    {
        RunGroup group = Group(Run(13, TrainingStatus.Solved, 1_141_800), Run(14, TrainingStatus.MaxIterations, 3_000_000));

        Assert.True(double.IsNaN(group.MeanIterationsAllSolved(SeedsThirteenFourteen)));
        Assert.Equal(1_141_800, group.MeanIterationsSolved());
    }

    [Fact]
    public void MeanIterationsAllSolvedIsNaNWhileASeedIsUnfinished()
    {
        RunGroup group = Group(Run(13, TrainingStatus.Solved, 1_000_000));

        Assert.True(double.IsNaN(group.MeanIterationsAllSolved(SeedsThirteenFourteen)));
    }
}
