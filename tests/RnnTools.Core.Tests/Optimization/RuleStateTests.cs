using RnnTools.Core.Optimization;

namespace RnnTools.Core.Tests.Optimization;

public sealed class RuleStateTests
{
    [Fact]
    public void WithChild_Child_RoundTrips()
    {
        RuleState inner = RuleState.Empty.With("rate", 0.5).With("random", [1ul, 2, 3, 4]);
        RuleState outer = RuleState.Empty.With("count", 3).WithChild("inner", inner);
        Assert.Equal(["count", "inner.rate"], outer.Values.Keys);
        RuleState back = outer.Child("inner");
        Assert.Equal(0.5, back.Scalar("rate"));
        Assert.Equal([1ul, 2, 3, 4], back.Word("random"));
        Assert.Equal(3, outer.Scalar("count"));
    }

    [Fact]
    public void MissingKeys_AreArgumentErrors()
    {
        Assert.Throws<ArgumentException>(() => RuleState.Empty.Vector("x"));
        Assert.Throws<ArgumentException>(() => RuleState.Empty.Word("x"));
        Assert.Throws<ArgumentException>(() => RuleState.Empty.With("v", [1.0, 2]).Scalar("v"));
    }

    [Fact]
    public void With_CopiesTheValues()
    {
        double[] values = [1, 2];
        RuleState state = RuleState.Empty.With("v", values);
        values[0] = 5;
        Assert.Equal([1.0, 2], state.Vector("v"));
    }
}
