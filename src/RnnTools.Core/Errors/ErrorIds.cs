namespace RnnTools.Core.Errors;

/// <summary>The stable error identifiers of RnnTools (part of the public contract, listed in about_RnnTools).</summary>
public static class ErrorIds
{
    /// <summary>A hyper-parameter or option value is invalid (out of range, unknown name, inconsistent).</summary>
    public const string InvalidHyperParameter = nameof(InvalidHyperParameter);

    /// <summary>A requested compute backend is not available.</summary>
    public const string BackendUnavailable = nameof(BackendUnavailable);

    /// <summary>An output file exists and no-clobber was requested.</summary>
    public const string ResultFileExists = nameof(ResultFileExists);

    /// <summary>An existing result file to append to has a different header.</summary>
    public const string CsvHeaderMismatch = nameof(CsvHeaderMismatch);

    /// <summary>An existing result file to append to does not end with a newline.</summary>
    public const string ResultFileTruncated = nameof(ResultFileTruncated);

    /// <summary>A result file could not be written.</summary>
    public const string ResultWriteFailed = nameof(ResultWriteFailed);

    /// <summary>An input file (batch, model, dataset, checkpoint) is unreadable, corrupt or wrongly shaped.</summary>
    public const string InvalidInputFile = nameof(InvalidInputFile);

    /// <summary>Every identifier, for documentation checks.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        InvalidHyperParameter, BackendUnavailable, ResultFileExists, CsvHeaderMismatch,
        ResultFileTruncated, ResultWriteFailed, InvalidInputFile,
    ];
}
