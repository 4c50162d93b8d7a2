using System.Globalization;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Numerics;

/// <summary>
/// Culture-independent number parsing shared by the CLI and the cmdlets, so "0.8" is 0.8 under every culture
/// (PowerShell and System.CommandLine both parse with the current culture by default).
/// </summary>
public static class InvariantNumber
{
    private const NumberStyles Styles = NumberStyles.Float;

    /// <summary>Parses one number ("0.8", "1e-3", "Infinity", "inf").</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <paramref name="parameter"/>.</exception>
    public static double Parse(string text, string parameter) =>
        TryParse(text, out double value)
            ? value
            : throw RnnToolsException.InvalidParameter(parameter, $"'{text}' is not a number (use a dot as the decimal separator).");

    /// <summary>Parses one number; false when the text is not an invariant-culture number.</summary>
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string trimmed = text.Trim();
        if (trimmed.Equals("inf", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("+inf", StringComparison.OrdinalIgnoreCase)
            || trimmed == "∞")
        {
            value = double.PositiveInfinity;
            return true;
        }

        return double.TryParse(trimmed, Styles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a list written "0.8,0.9,1" (commas; whitespace around items is ignored).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <paramref name="parameter"/>.</exception>
    public static double[] ParseList(string text, string parameter) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(item => Parse(item, parameter))];

    /// <summary>Formats a number as invariant round-trip text.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
