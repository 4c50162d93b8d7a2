using RnnTools.Core.Datasets.Pickle;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Datasets;

/// <summary>
/// The one entry point for dataset files: JSON (tasks.md §5.1) or an original pickle (protocols 0–2, read safely),
/// chosen by content (a JSON file starts with '{', after optional whitespace and BOM).
/// </summary>
public static class PolyphonicDatasetLoader
{
    /// <summary>Loads and validates a dataset file.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the file and what is wrong.</exception>
    public static PolyphonicDataset Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw RnnToolsException.InvalidFile(path, $"cannot read the dataset file ({ex.Message}).", ex);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses dataset bytes; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the source and what is wrong.</exception>
    public static PolyphonicDataset Parse(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        int start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < bytes.Length && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start == bytes.Length)
        {
            throw RnnToolsException.InvalidFile(source, "the dataset file is empty.");
        }

        return bytes[start] == '{'
            ? PolyphonicJsonReader.Read(bytes.AsSpan(start), source)
            : PickleDatasetReader.Read(bytes, source);
    }
}
