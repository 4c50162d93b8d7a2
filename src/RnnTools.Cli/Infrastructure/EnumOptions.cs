using System.CommandLine;
using RnnTools.Core.Errors;
using RnnTools.Core.Optimization;

namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// Enum-valued options that accept only the enum's names, case-insensitively (never numbers), list them in the help
/// (e.g. <c>--variant galvan|pascanu|hs1997</c>) and fail with one line. Names are the kebab-case spelling of
/// <see cref="OptionNames"/> (<c>two-threshold</c>), or the member name itself for PascalCase sets such as task names.
/// </summary>
public static class EnumOptions
{
    /// <summary>An enum option with a default.</summary>
    /// <param name="name">The option name (e.g. "--variant").</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is absent.</param>
    /// <param name="pascalCase">Whether the help spells the names as the members (TemporalOrder) rather than kebab-case.</param>
    public static Option<T> Create<T>(string name, string description, T defaultValue, bool pascalCase = false)
        where T : struct, Enum => new(name)
        {
            Description = description,
            HelpName = Names<T>(pascalCase, '|'),
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => CommonOptions.Parse(result, name, text => Parse<T>(text, name, pascalCase)),
        };

    /// <summary>An enum option that is null when absent.</summary>
    public static Option<T?> Optional<T>(string name, string description, bool pascalCase = false)
        where T : struct, Enum => new(name)
        {
            Description = description,
            HelpName = Names<T>(pascalCase, '|'),
            CustomParser = result => CommonOptions.Parse<T?>(result, name, text => Parse<T>(text, name, pascalCase)),
        };

    /// <summary>Parses a member name or its kebab-case spelling, ignoring case.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming the option and the accepted names.</exception>
    public static T Parse<T>(string text, string option, bool pascalCase = false)
        where T : struct, Enum
    {
        string wanted = text.Trim();
        foreach (T value in Enum.GetValues<T>())
        {
            if (value.ToString().Equals(wanted, StringComparison.OrdinalIgnoreCase)
                || OptionNames.Format(value).Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw RnnToolsException.InvalidParameter(option, $"'{text}' is not one of {Names<T>(pascalCase, ',')}.");
    }

    private static string Names<T>(bool pascalCase, char separator)
        where T : struct, Enum =>
        string.Join(separator == ',' ? ", " : "|", Enum.GetValues<T>().Select(value => pascalCase ? value.ToString() : OptionNames.Format(value)));
}
