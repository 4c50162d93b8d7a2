using System.Globalization;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Backends;

/// <summary>
/// Process-wide backend settings, read once from <c>RNNTOOLS_THREADS</c>, <c>RNNTOOLS_MKL_CBWR</c> and
/// <c>RNNTOOLS_MKL_DISPATCH</c>.
/// </summary>
/// <param name="Threads">Threads per BLAS call (default 1).</param>
/// <param name="MklCbwr">The MKL reproducibility branch (default <see cref="MklCbwrMode.Auto"/>).</param>
/// <param name="MklDispatch">How MKL picks its kernels (default <see cref="MklDispatch.Features"/>).</param>
public sealed record BackendSettings(int Threads, MklCbwrMode MklCbwr, MklDispatch MklDispatch = MklDispatch.Features)
{
    /// <summary>The name of the thread-count variable.</summary>
    public const string ThreadsVariable = "RNNTOOLS_THREADS";

    /// <summary>The name of the MKL reproducibility variable.</summary>
    public const string CbwrVariable = "RNNTOOLS_MKL_CBWR";

    /// <summary>The name of the MKL kernel dispatch variable.</summary>
    public const string DispatchVariable = "RNNTOOLS_MKL_DISPATCH";

    /// <summary>The largest accepted thread count.</summary>
    public const int MaxThreads = 256;

    /// <summary>Parses the variables' values (null = unset).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> for a malformed value.</exception>
    public static BackendSettings Parse(string? threads, string? cbwr, string? dispatch = null)
    {
        int threadCount = 1;
        if (!string.IsNullOrWhiteSpace(threads)
            && (!int.TryParse(threads, NumberStyles.Integer, CultureInfo.InvariantCulture, out threadCount)
                || threadCount < 1 || threadCount > MaxThreads))
        {
            throw RnnToolsException.InvalidParameter(ThreadsVariable, $"'{threads}' is not a whole number from 1 to {MaxThreads}.");
        }

        return new BackendSettings(threadCount, ParseName(cbwr, MklCbwrMode.Auto, CbwrVariable), ParseName(dispatch, MklDispatch.Features, DispatchVariable));
    }

    /// <summary>Reads the settings from the environment.</summary>
    public static BackendSettings FromEnvironment() =>
        Parse(Environment.GetEnvironmentVariable(ThreadsVariable), Environment.GetEnvironmentVariable(CbwrVariable),
            Environment.GetEnvironmentVariable(DispatchVariable));

    /// <summary>An enum value by name (case-insensitive, numbers refused); <paramref name="fallback"/> when unset.</summary>
    private static TEnum ParseName<TEnum>(string? value, TEnum fallback, string variable)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return Enum.TryParse(value.Trim(), ignoreCase: true, out TEnum parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw RnnToolsException.InvalidParameter(variable, $"'{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }
}
