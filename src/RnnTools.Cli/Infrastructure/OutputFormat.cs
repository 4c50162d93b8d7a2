namespace RnnTools.Cli.Infrastructure;

/// <summary>How a command prints its records.</summary>
public enum OutputFormat
{
    /// <summary>Aligned columns for people.</summary>
    Table,

    /// <summary>CSV with the record's header.</summary>
    Csv,

    /// <summary>JSON.</summary>
    Json,

    /// <summary>Plain text (task batches).</summary>
    Text,
}
