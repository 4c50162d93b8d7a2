using System.Text;
using RnnTools.Core.Errors;
using RnnTools.Core.Steps;

namespace RnnTools.Core.Optimization;

/// <summary>
/// The command-line spelling of the closed-set options (conventions.md §0): the kebab-case form of each enum member
/// (<c>TwoThreshold</c> → <c>two-threshold</c>, <c>PascanuSmartTanh</c> → <c>pascanu-smart-tanh</c>, <c>Sutskever2013</c> →
/// <c>sutskever2013</c>), except <see cref="ClipNorm.MaxAbs"/>, written <c>maxabs</c> as in training.md §9.2.
/// </summary>
public static class OptionNames
{
    /// <summary>The name of a value.</summary>
    public static string Format<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (value is ClipNorm.MaxAbs)
        {
            return "maxabs";
        }

        string member = value.ToString();
        var name = new StringBuilder(member.Length + 4);
        for (int i = 0; i < member.Length; i++)
        {
            char c = member[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(member[i - 1]))
            {
                name.Append('-');
            }

            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }

    /// <summary>Every name of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Format)];

    /// <summary>The value with this name (case-insensitive; surrounding spaces ignored).</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <paramref name="parameter"/>.</exception>
    public static TEnum Parse<TEnum>(string text, string parameter)
        where TEnum : struct, Enum
    {
        string wanted = text.Trim();
        foreach (TEnum value in Enum.GetValues<TEnum>())
        {
            if (Format(value).Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw RnnToolsException.InvalidParameter(parameter, $"unknown value '{text}'; expected one of {string.Join(", ", All<TEnum>())}.");
    }
}
