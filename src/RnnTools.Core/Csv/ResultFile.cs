using System.Text;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Csv;

/// <summary>Checks and repairs on existing result files (the append rule and the resume truncation of conventions.md §5).</summary>
public static class ResultFile
{
    /// <summary>
    /// Whether rows can be appended to <paramref name="path"/>: false when it is empty (write a header), true when it
    /// starts with <paramref name="header"/> and ends with a newline.
    /// </summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.CsvHeaderMismatch"/> or <see cref="ErrorIds.ResultFileTruncated"/>.</exception>
    public static bool CheckAppendable(string path, string header)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length == 0)
        {
            return false;
        }

        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        string? first = reader.ReadLine();
        if (first != header)
        {
            throw new RnnToolsException(ErrorIds.CsvHeaderMismatch, ErrorKind.InvalidData,
                $"{path}: its header differs from this command's header, so rows cannot be appended (expected '{Shorten(header)}', found '{Shorten(first ?? string.Empty)}').",
                path);
        }

        stream.Seek(-1, SeekOrigin.End);
        if (stream.ReadByte() != '\n')
        {
            throw new RnnToolsException(ErrorIds.ResultFileTruncated, ErrorKind.InvalidData,
                $"{path}: the last row is incomplete (the file does not end with a newline); fix or move the file.", path);
        }

        return true;
    }

    /// <summary>
    /// Keeps the header and the first <paramref name="rows"/> complete rows of a CSV file and drops the rest
    /// (the one repair: <c>--resume</c> truncating a history to its checkpoint).
    /// </summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.ResultFileTruncated"/> when the file has fewer rows (a missing file has none).</exception>
    public static void TruncateRows(string path, long rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (!File.Exists(path))
        {
            if (rows > 0)
            {
                throw new RnnToolsException(ErrorIds.ResultFileTruncated, ErrorKind.InvalidData,
                    $"{path}: does not exist but the checkpoint recorded {rows} rows.", path);
            }

            return;
        }

        long keep = 0, lines = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            int value;
            long position = 0;
            while (lines < rows + 1 && (value = stream.ReadByte()) >= 0)
            {
                position++;
                if (value == '\n')
                {
                    lines++;
                    keep = position;
                }
            }
        }

        if (lines < rows + 1)
        {
            throw new RnnToolsException(ErrorIds.ResultFileTruncated, ErrorKind.InvalidData,
                $"{path}: has {Math.Max(0, lines - 1)} complete rows but the checkpoint recorded {rows}.", path);
        }

        using var truncate = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        truncate.SetLength(keep);
    }

    /// <summary>The number of complete rows after the header of a CSV file (0 for a missing or empty file).</summary>
    public static long CountRows(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        long lines = 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        int value;
        while ((value = stream.ReadByte()) >= 0)
        {
            lines += value == '\n' ? 1 : 0;
        }

        return Math.Max(0, lines - 1);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
