namespace RnnTools.Core.Optimization;

/// <summary>A reusable workspace that reallocates only when a longer span is requested (no allocation per iteration).</summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class GrowOnlyBuffer<T>
{
    private T[] data = [];

    /// <summary>A span of exactly <paramref name="length"/> elements (contents unspecified).</summary>
    public Span<T> Get(int length)
    {
        if (data.Length < length)
        {
            data = new T[length];
        }

        return data.AsSpan(0, length);
    }
}
