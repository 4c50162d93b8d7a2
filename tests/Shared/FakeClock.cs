namespace RnnTools.Tests.Support;

/// <summary>A time provider that moves only when told to; its UTC time starts at 2026-01-01T00:00:00Z.</summary>
public sealed class FakeClock : TimeProvider
{
    private long ticks;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => ticks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(ticks);

    /// <summary>Moves time forward.</summary>
    public void Advance(TimeSpan by) => ticks += by.Ticks;
}
