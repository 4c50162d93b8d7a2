using System.Globalization;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Backends;

/// <summary>Process-wide backend settings, read once from <c>RNNTOOLS_THREADS</c> and <c>RNNTOOLS_MKL_CBWR</c>.</summary>
/// <param name="Threads">Threads per BLAS call (default 1).</param>
/// <param name="MklCbwr">The MKL reproducibility branch (default <see cref="MklCbwrMode.Auto"/>).</param>
public sealed record BackendSettings(int Threads, MklCbwrMode MklCbwr)
{
    /// <summary>The name of the thread-count variable.</summary>
    public const string ThreadsVariable = "RNNTOOLS_THREADS";

    /// <summary>The name of the MKL reproducibility variable.</summary>
    public const string CbwrVariable = "RNNTOOLS_MKL_CBWR";

    /// <summary>The largest accepted thread count.</summary>
    public const int MaxThreads = 256;

    /// <summary>Parses the two variables' values (null = unset).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> for a malformed value.</exception>
    public static BackendSettings Parse(string? threads, string? cbwr)
    {
        int threadCount = 1;
        if (!string.IsNullOrWhiteSpace(threads)
            && (!int.TryParse(threads, NumberStyles.Integer, CultureInfo.InvariantCulture, out threadCount)
                || threadCount < 1 || threadCount > MaxThreads))
        {
            throw RnnToolsException.InvalidParameter(ThreadsVariable, $"'{threads}' is not a whole number from 1 to {MaxThreads}.");
        }

        var mode = MklCbwrMode.Auto;
        if (!string.IsNullOrWhiteSpace(cbwr)
            && (!Enum.TryParse(cbwr.Trim(), ignoreCase: true, out mode) || !Enum.IsDefined(mode) || int.TryParse(cbwr, out _)))
        {
            throw RnnToolsException.InvalidParameter(CbwrVariable,
                $"'{cbwr}' is not one of {string.Join(", ", Enum.GetNames<MklCbwrMode>())}.");
        }

        return new BackendSettings(threadCount, mode);
    }

    /// <summary>Reads the settings from the environment.</summary>
    public static BackendSettings FromEnvironment() =>
        Parse(Environment.GetEnvironmentVariable(ThreadsVariable), Environment.GetEnvironmentVariable(CbwrVariable));
}
