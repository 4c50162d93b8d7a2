using System.CommandLine;
using RnnTools.Core.Errors;

namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// Enum-valued options that accept only the enum's names, case-insensitively (never numbers), and list them in the
/// help, e.g. <c>--variant galvan|pascanu|hs1997</c>.
/// </summary>
public static class EnumOptions
{
    /// <summary>An enum option with a default.</summary>
    /// <param name="name">The option name (e.g. "--variant").</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is absent.</param>
    /// <param name="lowerCase">Whether the help spells the names in lower case.</param>
    public static Option<T> Create<T>(string name, string description, T defaultValue, bool lowerCase = true)
        where T : struct, Enum => new(name)
        {
            Description = description + ".",
            HelpName = string.Join('|', Enum.GetValues<T>().Select(value => Spell(value, lowerCase))),
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => CommonOptions.Parse(result, name, text => Parse<T>(text, name, lowerCase)),
        };

    /// <summary>An enum option that is null when absent.</summary>
    public static Option<T?> CreateOptional<T>(string name, string description, bool lowerCase = true)
        where T : struct, Enum => new(name)
        {
            Description = description,
            HelpName = string.Join('|', Enum.GetValues<T>().Select(value => Spell(value, lowerCase))),
            CustomParser = result => CommonOptions.Parse<T?>(result, name, text => Parse<T>(text, name, lowerCase)),
        };

    /// <summary>Parses an enum name, ignoring case.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option and the accepted names.</exception>
    public static T Parse<T>(string text, string option, bool lowerCase = true)
        where T : struct, Enum
    {
        foreach (T value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw RnnToolsException.InvalidParameter(option, $"'{text}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(value => Spell(value, lowerCase)))}.");
    }

    private static string Spell<T>(T value, bool lowerCase)
        where T : struct, Enum => lowerCase ? value.ToString().ToLowerInvariant() : value.ToString();
}
