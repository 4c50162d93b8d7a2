namespace RnnTools.Cli.Tests.Support;

/// <summary>A time provider that moves only when told to.</summary>
public sealed class FakeClock : TimeProvider
{
    private long ticks;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => ticks;

    /// <summary>Moves time forward.</summary>
    public void Advance(TimeSpan by) => ticks += by.Ticks;
}
