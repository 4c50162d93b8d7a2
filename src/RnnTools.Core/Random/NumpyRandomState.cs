namespace RnnTools.Core.Random;

/// <summary>
/// A random stream with the exact output of NumPy's legacy <c>RandomState</c> (MT19937 with <c>init_genrand</c> seeding,
/// 53-bit doubles, masked-rejection bounded integers, the polar Gaussian with its cache), as tasks.md Appendix A defines.
/// Tasks and initialisers draw from it so that batches and initial weights equal the original generators'.
/// </summary>
public sealed class NumpyRandomState
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] mt = new uint[N];
    private int index;
    private bool hasGauss;
    private double gauss;

    /// <summary>Seeds the stream like <c>numpy.random.RandomState(seed)</c>.</summary>
    /// <param name="seed">The seed, 0 ≤ seed &lt; 2³².</param>
    public NumpyRandomState(uint seed)
    {
        mt[0] = seed;
        for (int i = 1; i < N; i++)
        {
            mt[i] = (1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30))) + (uint)i;
        }

        index = N;
    }

    private NumpyRandomState(NumpyRandomStateSnapshot snapshot)
    {
        if (snapshot.Key.Length != N || snapshot.Position is < 0 or > N)
        {
            throw new ArgumentException("A NumPy random state has 624 key words and a position from 0 to 624.", nameof(snapshot));
        }

        snapshot.Key.CopyTo(mt, 0);
        index = snapshot.Position;
        hasGauss = snapshot.HasGauss;
        gauss = snapshot.CachedGaussian;
    }

    /// <summary>Restores a stream from a snapshot (for checkpoints).</summary>
    public static NumpyRandomState Restore(NumpyRandomStateSnapshot snapshot) => new(snapshot);

    /// <summary>A copy of the full state (key, position, Gaussian cache), as NumPy's <c>get_state()</c>.</summary>
    public NumpyRandomStateSnapshot Snapshot() => new((uint[])mt.Clone(), index, hasGauss, gauss);

    /// <summary>One tempered 32-bit output.</summary>
    public uint NextUInt32()
    {
        if (index >= N)
        {
            Regenerate();
        }

        uint y = mt[index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>A double in [0, 1) built from two outputs (NumPy's <c>random_sample</c>).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return ((a * 67108864.0) + b) / 9007199254740992.0;
    }

    /// <summary>low + (high − low)·u with u in [0, 1) (NumPy's <c>uniform</c>).</summary>
    public double Uniform(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>An integer uniform on 0..n−1 (NumPy's <c>randint(n)</c>); n = 1 returns 0 without drawing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1.</exception>
    public int RandInt(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return (int)Bounded((uint)(n - 1));
    }

    /// <summary>A standard normal value by the legacy polar method with its one-value cache.</summary>
    public double StandardNormal()
    {
        if (hasGauss)
        {
            hasGauss = false;
            return gauss;
        }

        double x1, x2, r2;
        do
        {
            x1 = (2.0 * NextDouble()) - 1.0;
            x2 = (2.0 * NextDouble()) - 1.0;
            r2 = (x1 * x1) + (x2 * x2);
        }
        while (r2 >= 1.0 || r2 == 0.0);

        double f = Math.Sqrt(-2.0 * Math.Log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /// <summary>mean + std·z (NumPy's <c>normal</c>).</summary>
    public double Normal(double mean, double std) => mean + (std * StandardNormal());

    /// <summary>A random permutation of 0..n−1 (NumPy's <c>permutation(n)</c>).</summary>
    public int[] Permutation(int n)
    {
        int[] a = new int[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = i;
        }

        for (int i = n - 1; i >= 1; i--)
        {
            int j = (int)Bounded((uint)i);
            (a[i], a[j]) = (a[j], a[i]);
        }

        return a;
    }

    /// <summary>k distinct values of 0..n−1 (NumPy's <c>choice(n, k, replace=False)</c>).</summary>
    public int[] Choice(int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        return Permutation(n)[..k];
    }

    private uint Bounded(uint max)
    {
        if (max == 0)
        {
            return 0;
        }

        uint mask = max;
        mask |= mask >> 1;
        mask |= mask >> 2;
        mask |= mask >> 4;
        mask |= mask >> 8;
        mask |= mask >> 16;
        uint value;
        do
        {
            value = NextUInt32() & mask;
        }
        while (value > max);
        return value;
    }

    private void Regenerate()
    {
        const uint upper = 0x80000000u, lower = 0x7fffffffu, matrix = 0x9908b0dfu;
        int k;
        for (k = 0; k < N - M; k++)
        {
            uint y = (mt[k] & upper) | (mt[k + 1] & lower);
            mt[k] = mt[k + M] ^ (y >> 1) ^ ((y & 1u) * matrix);
        }

        for (; k < N - 1; k++)
        {
            uint y = (mt[k] & upper) | (mt[k + 1] & lower);
            mt[k] = mt[k + (M - N)] ^ (y >> 1) ^ ((y & 1u) * matrix);
        }

        uint last = (mt[N - 1] & upper) | (mt[0] & lower);
        mt[N - 1] = mt[M - 1] ^ (last >> 1) ^ ((last & 1u) * matrix);
        index = 0;
    }
}
