using RnnTools.Core.Random;

namespace RnnTools.Core.Tests.Random;

public sealed class NumpyRandomStateTests
{
    [Fact]
    public void NextUInt32_Seed13_MatchesNumpyGoldenValues()
    {
        var random = new NumpyRandomState(13);
        Assert.Equal([3340206418u, 2608511152u, 1020231754u], new[] { random.NextUInt32(), random.NextUInt32(), random.NextUInt32() });
    }

    [Fact]
    public void NextDouble_Seed13_MatchesNumpyGoldenValues()
    {
        var random = new NumpyRandomState(13);
        Assert.Equal(0.7777024105738202, random.NextDouble());
        Assert.Equal(0.2375412200349123, random.NextDouble());
    }

    [Fact]
    public void RandInt_Seed13_MatchesNumpyGoldenValues()
    {
        var random = new NumpyRandomState(13);
        Assert.Equal([2, 0, 0, 6, 2], Enumerable.Range(0, 5).Select(_ => random.RandInt(10)).ToArray());
    }

    [Fact]
    public void RandIntOfOne_DrawsNothing()
    {
        var random = new NumpyRandomState(13);
        Assert.Equal(0, random.RandInt(1));
        Assert.Equal(3340206418u, random.NextUInt32());
    }

    [Fact]
    public void StandardNormal_Seed13_MatchesNumpyGoldenValuesAndCache()
    {
        var random = new NumpyRandomState(13);
        Assert.Equal(-0.712390662050588, random.StandardNormal(), 15);
        Assert.Equal(0.753766378659703, random.StandardNormal(), 15);
        Assert.Equal(-0.044503078338053455, random.StandardNormal(), 15);

        var other = new NumpyRandomState(13);
        other.StandardNormal();
        Assert.Equal(0.8242785326613685, other.Uniform(0, 1));
    }

    [Fact]
    public void Permutation_IsAPermutationAndDeterministic()
    {
        int[] first = new NumpyRandomState(7).Permutation(50);
        Assert.Equal(Enumerable.Range(0, 50), first.Order());
        Assert.Equal(first, new NumpyRandomState(7).Permutation(50));
        Assert.NotEqual(first, new NumpyRandomState(8).Permutation(50));
    }

    [Fact]
    public void Snapshot_RestoresTheExactStreamIncludingTheGaussianCache()
    {
        var random = new NumpyRandomState(99);
        for (int i = 0; i < 700; i++)
        {
            random.NextUInt32();
        }

        random.StandardNormal();
        NumpyRandomState copy = NumpyRandomState.Restore(random.Snapshot());
        Assert.Equal(random.StandardNormal(), copy.StandardNormal());
        Assert.Equal(random.NextDouble(), copy.NextDouble());
        Assert.Equal(random.RandInt(1000), copy.RandInt(1000));
    }
}
