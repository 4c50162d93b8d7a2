namespace RnnTools.Core.Random;

/// <summary>
/// The core's own seeded generator (xoshiro256**, seeded through SplitMix64) for the project's stochastic rules:
/// combination coefficients, dropout masks, probabilistic steps, sweep shuffling. Each purpose gets its own stream
/// derived from (seed, purpose) with a fixed hash, so streams never share state and never depend on the process.
/// </summary>
public sealed class ProjectRandom
{
    private ulong s0, s1, s2, s3;

    private ProjectRandom(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        (this.s0, this.s1, this.s2, this.s3) = (s0, s1, s2, s3);
    }

    /// <summary>The stream for one purpose (e.g. "simplex") of a run with the given seed.</summary>
    public static ProjectRandom ForPurpose(long seed, string purpose)
    {
        ulong x = unchecked(((ulong)seed * 0x9E3779B97F4A7C15ul) ^ StableHash.Fnv1a(purpose));
        ulong a = SplitMix(ref x), b = SplitMix(ref x), c = SplitMix(ref x), d = SplitMix(ref x);
        return new ProjectRandom(a, b, c, d);
    }

    /// <summary>Restores a stream from <see cref="Snapshot"/>.</summary>
    /// <exception cref="ArgumentException">The state is not four words or is all zero.</exception>
    public static ProjectRandom Restore(IReadOnlyList<ulong> state)
    {
        if (state.Count != 4 || state.All(word => word == 0))
        {
            throw new ArgumentException("A xoshiro256** state is four words, not all zero.", nameof(state));
        }

        return new ProjectRandom(state[0], state[1], state[2], state[3]);
    }

    /// <summary>The four state words (for checkpoints).</summary>
    public ulong[] Snapshot() => [s0, s1, s2, s3];

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>An integer uniform on 0..n−1 (unbiased, by rejection).</summary>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1.</exception>
    public int NextInt(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ulong bound = (ulong)n;
        ulong limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong value;
        do
        {
            value = NextUInt64();
        }
        while (value >= limit);
        return (int)(value % bound);
    }

    /// <summary>True with probability p.</summary>
    public bool Bernoulli(double p) => NextDouble() < p;

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = unchecked(x += 0x9E3779B97F4A7C15ul);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ul);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBul);
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
