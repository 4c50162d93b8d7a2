using System.CommandLine;
using System.CommandLine.Parsing;
using RnnTools.Core.Backends;
using RnnTools.Core.Errors;

namespace RnnTools.Cli.Infrastructure;

/// <summary>Options shared by several subcommands, each created per command and read back by name.</summary>
public static class CommonOptions
{
    /// <summary>--verbose: configuration lines and stack traces on stderr (every subcommand).</summary>
    public static Option<bool> Verbose { get; } = new("--verbose") { Description = "Write the resolved configuration and diagnostics to stderr.", Recursive = true };

    /// <summary>--no-progress: no progress output (every subcommand).</summary>
    public static Option<bool> NoProgress { get; } = new("--no-progress") { Description = "Do not report progress on stderr.", Recursive = true };

    /// <summary>--format with the formats a command supports; the first is the default.</summary>
    public static Option<OutputFormat> Format(params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = $"Output format: {string.Join(", ", allowed.Select(Name))} (default {Name(allowed[0])}).",
            DefaultValueFactory = _ => allowed[0],
            HelpName = string.Join('|', allowed.Select(Name)),
        };
        option.Validators.Add(result =>
        {
            OutputFormat value = result.GetValueOrDefault<OutputFormat>();
            if (!allowed.Contains(value))
            {
                result.AddError($"--format: '{Name(value)}' is not supported here; use {string.Join(" or ", allowed.Select(Name))}.");
            }
        });
        return option;
    }

    /// <summary>--backend auto|managed|mkl|openblas|cuda.</summary>
    public static Option<BackendKind> Backend() => new("--backend")
    {
        Description = "Compute backend: auto (MKL, then OpenBLAS, then managed; RNNTOOLS_BACKEND overrides), managed, mkl, openblas or cuda.",
        DefaultValueFactory = _ => BackendKind.Auto,
        CustomParser = result => Parse(result, "--backend", text => BackendSelector.ParseName(text, "--backend")),
    };

    /// <summary>--threads N (default RNNTOOLS_THREADS or 1).</summary>
    public static Option<int?> Threads() => new("--threads")
    {
        Description = "Threads per BLAS call (default: RNNTOOLS_THREADS, else 1).",
    };

    /// <summary>--out FILE: write the rows (or the model) to a file instead of stdout.</summary>
    public static Option<string?> Out(string description = "Write the rows to this file instead of stdout.") => new("--out") { Description = description };

    /// <summary>--no-clobber: refuse to replace an existing --out file.</summary>
    public static Option<bool> NoClobber() => new("--no-clobber") { Description = "Refuse to replace an existing --out file." };

    /// <summary>Runs a core parser inside a System.CommandLine custom parser, turning its error into a parse error.</summary>
    internal static T Parse<T>(ArgumentResult result, string name, Func<string, T> parse)
    {
        string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        try
        {
            return parse(text);
        }
        catch (RnnToolsException ex)
        {
            result.AddError(ex.Message);
            return default!;
        }
    }

    private static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
}
