using System.CommandLine;
using RnnTools.Core.Numerics;

namespace RnnTools.Cli.Infrastructure;

/// <summary>Floating-point options parsed with the invariant culture (under de_DE, "0.8" stays 0.8).</summary>
public static class NumberOptions
{
    /// <summary>A double option with a default.</summary>
    public static Option<double> Double(string name, string description, double defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => CommonOptions.Parse(result, name, text => InvariantNumber.Parse(text, name)),
    };

    /// <summary>An optional double option (null when not given).</summary>
    public static Option<double?> OptionalDouble(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result => CommonOptions.Parse<double?>(result, name, text => InvariantNumber.Parse(text, name)),
    };

    /// <summary>A list of doubles: "0.8,0.9,1" or "0.8 0.9 1".</summary>
    public static Option<double[]> DoubleList(string name, string description, params double[] defaultValue) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => CommonOptions.Parse(result, name,
            _ => result.Tokens.SelectMany(token => InvariantNumber.ParseList(token.Value, name)).ToArray()),
    };
}
