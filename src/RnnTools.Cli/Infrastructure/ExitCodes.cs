namespace RnnTools.Cli.Infrastructure;

/// <summary>The only exit codes of rnntools (conventions.md §4).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command ran but its check or run failed (gradcheck failure, divergence, --require-success without success).</summary>
    public const int Failed = 1;

    /// <summary>Bad input: parse errors, unknown names, values out of range, unreadable files, refused outputs, unavailable backends.</summary>
    public const int BadInput = 2;

    /// <summary>Cancelled by Ctrl+C or SIGTERM.</summary>
    public const int Cancelled = 130;
}
