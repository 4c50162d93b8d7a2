using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Csv;

/// <summary>
/// Reads the complete rows of a result file that may still be growing (a runs file, a history): a missing file has no
/// rows, and a last row without its newline (a writer killed mid-row) is not read.
/// </summary>
public static class CompleteRows
{
    /// <summary>Reads every complete row of <paramref name="path"/> with <paramref name="row"/>, which reads fields by header name.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="row">Reads one row.</param>
    /// <param name="header">The header the file must have, or null for any.</param>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the file and the row at fault.</exception>
    public static IReadOnlyList<T> Read<T>(string path, Func<CsvReader, T> row, string? header = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!File.Exists(path))
        {
            return [];
        }

        string text = File.ReadAllText(path);
        int end = text.LastIndexOf('\n');
        using var reader = new StringReader(end < 0 ? string.Empty : text[..(end + 1)]);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read())
        {
            return [];
        }

        csv.ReadHeader();
        if (header is not null && string.Join(",", csv.HeaderRecord!) != header)
        {
            throw RnnToolsException.InvalidFile(path, "its header is not the one this version of rnntools writes; move the file away to start afresh.");
        }

        var rows = new List<T>();
        while (csv.Read())
        {
            try
            {
                rows.Add(row(csv));
            }
            catch (Exception ex) when (ex is CsvHelperException or ArgumentException or FormatException)
            {
                throw RnnToolsException.InvalidFile(path, string.Create(CultureInfo.InvariantCulture, $"row {csv.Parser.Row}: {ex.Message}"), ex);
            }
        }

        return rows;
    }
}
