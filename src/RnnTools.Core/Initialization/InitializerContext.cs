namespace RnnTools.Core.Initialization;

/// <summary>What an initialiser built from an <see cref="InitializerSpec"/> needs beyond its own parameters.</summary>
/// <param name="Streams">Where its NumPy-compatible streams come from.</param>
/// <param name="Seed">The run seed, used by every initialiser whose <c>seed</c> parameter is not given.</param>
/// <param name="SpectralRadius">The default ρ of <c>spectral</c> (the <c>SpectralRadius</c> option).</param>
/// <param name="Parameter">The option being built (e.g. <c>WRecInit</c>), named in errors.</param>
public sealed record InitializerContext(InitializerStreams Streams, uint Seed, double SpectralRadius, string Parameter);
