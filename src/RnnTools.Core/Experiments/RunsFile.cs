using CsvHelper;
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
    public static IReadOnlyList<FinishedRun> ReadFinished(ExperimentPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        IEnumerable<string> parts = Directory.Exists(paths.Parts)
            ? Directory.EnumerateFiles(paths.Parts, "runs.*.csv").Order(StringComparer.Ordinal)
            : [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. new[] { paths.Runs }.Concat(parts).SelectMany(Read).Where(run => seen.Add(run.RunKey))];
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
            DropIncompleteLastRow(paths.Runs);
            if (!File.Exists(paths.Runs) || new FileInfo(paths.Runs).Length == 0)
            {
                Directory.CreateDirectory(paths.Directory);
                File.WriteAllText(paths.Runs, Header + "\n");
            }

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

    private static FinishedRun ReadRow(CsvReader csv) => new(
        csv.GetField(nameof(SweepRunRecord.RunKey))!,
        csv.GetField<int>(nameof(TrainingRunRecord.Seed)),
        csv.GetField<int>(nameof(TrainingRunRecord.HiddenSize)),
        Enum.Parse<TrainingStatus>(csv.GetField(nameof(TrainingRunRecord.Status))!),
        csv.GetField<long>(nameof(TrainingRunRecord.Iterations)),
        csv.GetField<long?>(nameof(TrainingRunRecord.BestIteration)),
        csv.GetField<double>(nameof(TrainingRunRecord.BestValidLoss)),
        csv.GetField<double>(nameof(TrainingRunRecord.InitialRho)));

    private static void DropIncompleteLastRow(string path)
    {
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            ResultFile.TruncateRows(path, ResultFile.CountRows(path));
        }
    }
}
