namespace RnnTools.Core.Random;

/// <summary>The full state of a <see cref="NumpyRandomState"/>, as NumPy's <c>get_state()</c> returns it.</summary>
/// <param name="Key">The 624 MT19937 words.</param>
/// <param name="Position">The next word to temper (624 = regenerate first).</param>
/// <param name="HasGauss">Whether a cached Gaussian is waiting.</param>
/// <param name="CachedGaussian">The cached Gaussian value.</param>
public sealed record NumpyRandomStateSnapshot(uint[] Key, int Position, bool HasGauss, double CachedGaussian);
