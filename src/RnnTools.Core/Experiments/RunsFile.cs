using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using RnnTools.Core.Backends;
using RnnTools.Core.Csv;
using RnnTools.Core.Errors;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>Reads and appends the runs.csv files of a sweep (one <see cref="SweepRunRecord"/> row per finished run).</summary>
public static class RunsFile
{
    private static readonly object AppendLock = new();

    /// <summary>The header every runs file has.</summary>
    public static string Header { get; } = ResultCsvWriter<SweepRunRecord>.Header(new SweepRunRecordMap());

    /// <summary>
    /// Appends one row and flushes it. A last row left incomplete by a killed process is dropped first (its run
    /// still has its checkpoint, so nothing is lost). Safe to call from parallel runs of one process.
    /// </summary>
    /// <exception cref="RnnToolsException">The file has another header or cannot be written.</exception>
    public static void Append(string path, SweepRunRecord record)
    {
        lock (AppendLock)
        {
            DropIncompleteLastRow(path);
            using ResultCsvWriter<SweepRunRecord> writer = ResultCsvWriter<SweepRunRecord>.Open(path, new SweepRunRecordMap(), ResultFileMode.Append);
            writer.Write(record);
        }
    }

    /// <summary>The finished runs of <paramref name="paths"/>: runs.csv, then the Slurm part files; the first row of a key wins.</summary>
    /// <exception cref="RnnToolsException">A file is not a runs file.</exception>
    public static IReadOnlyList<FinishedRun> ReadFinished(ExperimentPaths paths) => [.. ReadRows(paths).Select(row => row.Run)];

    /// <summary>The rows of <see cref="ReadFinished"/> with their raw text and provenance.</summary>
    /// <exception cref="RnnToolsException">A file is not a runs file.</exception>
    public static IReadOnlyList<RunsRow> ReadRows(ExperimentPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        IEnumerable<string> parts = Directory.Exists(paths.Parts)
            ? Directory.EnumerateFiles(paths.Parts, "runs.*.csv").Order(StringComparer.Ordinal)
            : [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. new[] { paths.Runs }.Concat(parts).SelectMany(part => CompleteRows.Read(part, ReadRunsRow, Header)).Where(row => seen.Add(row.Run.RunKey))];
    }

    /// <summary>
    /// Appends a copy of <paramref name="source"/>, a row of another experiment, under the key columns
    /// <paramref name="keyFields"/>; every other column (summary and provenance) keeps its text. Flushed, and safe to
    /// call from parallel runs of one process.
    /// </summary>
    /// <exception cref="RnnToolsException">The source row does not start with its key columns, or the file cannot be written.</exception>
    public static void AppendCopy(string path, RunsRow source, IReadOnlyList<string> keyFields)
    {
        ArgumentNullException.ThrowIfNull(source);
        string prefix = KeyText(source.KeyFields);
        if (!source.Raw.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw RnnToolsException.InvalidFile(path, $"the row of {source.Run.RunKey} does not start with its key columns, so it cannot be copied.");
        }

        lock (AppendLock)
        {
            StartWithHeader(path);
            File.AppendAllText(path, KeyText(keyFields) + source.Raw[prefix.Length..]);
        }
    }

    /// <summary>The complete rows of one runs file (none when it does not exist).</summary>
    /// <exception cref="RnnToolsException">The file's header is not the runs header, or a row cannot be read.</exception>
    public static IReadOnlyList<FinishedRun> Read(string path) => CompleteRows.Read(path, ReadRow, Header);

    /// <summary>
    /// Moves the rows of the Slurm part files into runs.csv (rows whose key is already there are dropped) and deletes
    /// the part files.
    /// </summary>
    /// <returns>The part files read and the rows moved.</returns>
    /// <exception cref="RnnToolsException">A file is not a runs file, or runs.csv cannot be written.</exception>
    public static (int Parts, int Rows) MergeParts(ExperimentPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] parts = Directory.Exists(paths.Parts) ? [.. Directory.EnumerateFiles(paths.Parts, "runs.*.csv").Order(StringComparer.Ordinal)] : [];
        HashSet<string> present = [.. Read(paths.Runs).Select(run => run.RunKey)];
        int rows = 0;
        lock (AppendLock)
        {
            StartWithHeader(paths.Runs);

            foreach (string part in parts)
            {
                foreach ((string key, string raw) in CompleteRows.Read(part, csv => (csv.GetField(nameof(SweepRunRecord.RunKey))!, csv.Parser.RawRecord), Header))
                {
                    if (present.Add(key))
                    {
                        File.AppendAllText(paths.Runs, raw.EndsWith('\n') ? raw : raw + "\n");
                        rows++;
                    }
                }
            }

            foreach (string part in parts)
            {
                File.Delete(part);
            }
        }

        return (parts.Length, rows);
    }

    private static RunsRow ReadRunsRow(CsvReader csv)
    {
        string raw = csv.Parser.RawRecord;
        return new(ReadRow(csv), csv.GetField<int>(nameof(SweepRunRecord.ExperimentVersion)), csv.GetField<BackendKind>(nameof(TrainingRunRecord.Backend)),
            [.. SweepRunRecordMap.KeyColumns.Select(column => csv.GetField(column)!)], raw.EndsWith('\n') ? raw : raw + "\n");
    }

    private static FinishedRun ReadRow(CsvReader csv) => new(
        csv.GetField(nameof(SweepRunRecord.RunKey))!,
        csv.GetField<int>(nameof(TrainingRunRecord.Seed)),
        csv.GetField<int>(nameof(TrainingRunRecord.HiddenSize)),
        Enum.Parse<TrainingStatus>(csv.GetField(nameof(TrainingRunRecord.Status))!),
        csv.GetField<long>(nameof(TrainingRunRecord.Iterations)),
        csv.GetField<long?>(nameof(TrainingRunRecord.BestIteration)),
        csv.GetField<double>(nameof(TrainingRunRecord.BestValidLoss)),
        csv.GetField<double>(nameof(TrainingRunRecord.InitialRho)));

    /// <summary>The key columns as the start of a CSV row, comma included.</summary>
    private static string KeyText(IReadOnlyList<string> keyFields)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture), leaveOpen: true))
        {
            foreach (string field in keyFields)
            {
                csv.WriteField(field);
            }
        }

        return text + ",";
    }

    /// <summary>Drops an incomplete last row, and writes the header to a missing or empty file.</summary>
    private static void StartWithHeader(string path)
    {
        DropIncompleteLastRow(path);
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, Header + "\n");
        }
    }

    private static void DropIncompleteLastRow(string path)
    {
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            ResultFile.TruncateRows(path, ResultFile.CountRows(path));
        }
    }
}
