using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Csv;

/// <summary>
/// Writes result records as CSV (conventions.md §5): invariant culture, round-trip doubles, lower-case booleans,
/// "\n" line endings, UTF-8 without BOM, one header, and a flush after every row so a killed run loses at most one row.
/// </summary>
/// <typeparam name="TRecord">The record type; its ClassMap fixes the column order.</typeparam>
public sealed class ResultCsvWriter<TRecord> : IDisposable
{
    private readonly CsvWriter csv;

    private ResultCsvWriter(TextWriter writer, ClassMap<TRecord> map, bool writeHeader, bool leaveOpen)
    {
        csv = new CsvWriter(writer, Configuration(), leaveOpen);
        csv.Context.RegisterClassMap(map);
        foreach (Type type in new[] { typeof(bool), typeof(bool?) })
        {
            TypeConverterOptions options = csv.Context.TypeConverterOptionsCache.GetOptions(type);
            options.BooleanTrueValues.Clear();
            options.BooleanTrueValues.Add("true");
            options.BooleanFalseValues.Clear();
            options.BooleanFalseValues.Add("false");
        }

        if (writeHeader)
        {
            csv.WriteHeader<TRecord>();
            csv.NextRecord();
            csv.Flush();
        }
    }

    /// <summary>The header line of a ClassMap (column names in index order, a referenced map's columns included, joined by commas).</summary>
    public static string Header(ClassMap<TRecord> map) =>
        string.Join(",", Members(map).OrderBy(member => member.Data.Index).Select(member => member.Data.Names[0]));

    private static IEnumerable<MemberMap> Members(ClassMap map) =>
        map.MemberMaps.Concat(map.ReferenceMaps.SelectMany(reference => Members(reference.Data.Mapping)));

    /// <summary>Writes to a text writer (stdout, a test buffer), header first.</summary>
    public static ResultCsvWriter<TRecord> ToWriter(TextWriter writer, ClassMap<TRecord> map, bool leaveOpen = true) =>
        new(writer, map, writeHeader: true, leaveOpen);

    /// <summary>Opens a result file.</summary>
    /// <exception cref="RnnToolsException">
    /// <see cref="ErrorIds.ResultFileExists"/>, <see cref="ErrorIds.CsvHeaderMismatch"/>, <see cref="ErrorIds.ResultFileTruncated"/>
    /// or <see cref="ErrorIds.ResultWriteFailed"/>.
    /// </exception>
    public static ResultCsvWriter<TRecord> Open(string path, ClassMap<TRecord> map, ResultFileMode mode)
    {
        bool append = false;
        if (File.Exists(path))
        {
            switch (mode)
            {
                case ResultFileMode.NoClobber:
                    throw new RnnToolsException(ErrorIds.ResultFileExists, ErrorKind.ResourceExists,
                        $"{path}: the file exists and no-clobber was requested.", path);
                case ResultFileMode.Append:
                    append = ResultFile.CheckAppendable(path, Header(map));
                    break;
            }
        }

        try
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            var stream = new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read);
            var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            return new ResultCsvWriter<TRecord>(writer, map, writeHeader: !append, leaveOpen: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RnnToolsException(ErrorIds.ResultWriteFailed, ErrorKind.WriteError, $"{path}: cannot write ({ex.Message}).", path, ex);
        }
    }

    /// <summary>Writes one row and flushes it to the file.</summary>
    public void Write(TRecord record)
    {
        csv.WriteRecord(record);
        csv.NextRecord();
        csv.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => csv.Dispose();

    private static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture) { NewLine = "\n" };
}
