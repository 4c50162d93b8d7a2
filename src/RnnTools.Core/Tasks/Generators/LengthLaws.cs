using RnnTools.Core.Random;

namespace RnnTools.Core.Tasks.Generators;

/// <summary>The length laws of the variants; each draws from the stream it is given (tasks.md §1.1, §3.1, §4.1).</summary>
internal static class LengthLaws
{
    /// <summary>
    /// The 10 % jitter: <paramref name="length"/> + randint(⌊length/10⌋), in [length, length + ⌊length/10⌋). Galvan's
    /// length law on T_min, and Pascanu's Addition/Multiplication on ℓ.
    /// </summary>
    public static int Jitter(NumpyRandomState random, int length) => length + random.RandInt(length / 10);

    /// <summary>Pascanu's training length: min + randint(max − min) when max &gt; min, else min (no draw).</summary>
    public static int Pascanu(NumpyRandomState random, int minLength, int maxLength) =>
        maxLength > minLength ? minLength + random.RandInt(maxLength - minLength) : minLength;

    /// <summary>Hochreiter and Schmidhuber: L ∈ U{T_min .. T_min + ⌊T_min/10⌋} (inclusive).</summary>
    public static int Hs1997(NumpyRandomState random, int minLength) => minLength + random.RandInt((minLength / 10) + 1);
}
