using System.CommandLine;
using RnnTools.Core.Model;

namespace RnnTools.Cli.Infrastructure;

/// <summary>Enum options parsed case-insensitively by member name, with a one-line error listing the accepted names.</summary>
public static class EnumOptions
{
    /// <summary>An enum option with a default.</summary>
    public static Option<TEnum> Create<TEnum>(string name, string description, TEnum defaultValue)
        where TEnum : struct, Enum => new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => Parse<TEnum>(result, name),
        };

    /// <summary>An optional enum option (null when not given).</summary>
    public static Option<TEnum?> Optional<TEnum>(string name, string description)
        where TEnum : struct, Enum => new(name)
        {
            Description = description,
            CustomParser = result => Parse<TEnum>(result, name),
        };

    private static TEnum Parse<TEnum>(System.CommandLine.Parsing.ArgumentResult result, string name)
        where TEnum : struct, Enum
    {
        string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (ModelNames.TryParse(text, out TEnum value))
        {
            return value;
        }

        result.AddError($"{name}: '{text}' is not one of {ModelNames.List<TEnum>()}.");
        return default;
    }
}
