using RnnTools.Core.Operations;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Operations;

public sealed class ProgressThrottleTests
{
    [Fact]
    public void ShouldReport_FirstAlways_ThenOncePerInterval_ForcedAlways()
    {
        var clock = new FakeClock();
        var throttle = new ProgressThrottle(clock);
        Assert.True(throttle.ShouldReport());
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.False(throttle.ShouldReport());
        Assert.True(throttle.ShouldReport(force: true));
        clock.Advance(TimeSpan.FromMilliseconds(249));
        Assert.False(throttle.ShouldReport());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(throttle.ShouldReport());
    }

    [Theory]
    [InlineData(0, 0, -1)]
    [InlineData(5, 10, 50)]
    [InlineData(20, 10, 100)]
    public void PercentComplete_IsClampedAndUnknownWithoutTotal(long current, long total, int expected) =>
        Assert.Equal(expected, new ProgressUpdate("a", "s", current, total, null).PercentComplete);
}
