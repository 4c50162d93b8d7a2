using System.Globalization;
using System.Text;
using RnnTools.Core.Errors;
using RnnTools.Core.Operations;

namespace RnnTools.Core.Experiments;

/// <summary>
/// <c>rnntools experiment slurm</c>: exports a sweep as a Slurm job array. The array script's index selects one run of
/// the grid (<c>experiment run --run-index i --part i</c>, so tasks never write one file together); the merge script
/// runs <c>experiment merge</c> after the array; <c>submit.sh</c> submits both with the dependency. A task that is
/// cancelled or times out leaves its checkpoint, and resubmitting continues it.
/// </summary>
/// <param name="catalog">The experiments (the built-in catalog by default).</param>
public sealed class ExperimentSlurmOperation(ExperimentCatalog? catalog = null)
{
    /// <summary>Writes the three scripts and emits one record per file.</summary>
    /// <exception cref="RnnToolsException">Invalid options, an experiment without runs, or an unwritable directory.</exception>
    public void Run(SlurmOptions options, IOperationSink<SlurmScriptRecord> sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        ExperimentRunOptions sweep = options.Sweep;
        Experiment experiment = (catalog ?? new ExperimentCatalog(sweep.Data)).Find(sweep.Experiment);
        int runs = experiment.Runs(sweep.Profile).Count;
        if (runs == 0)
        {
            throw RnnToolsException.InvalidParameter(nameof(ExperimentRunOptions.Experiment),
                $"{experiment.Id} has no runs to spread over an array (it is one measurement); run it with 'rnntools experiment run {experiment.Id}'.");
        }

        var paths = new ExperimentPaths(sweep.Results, sweep.Profile, experiment.Id);
        string directory = Path.GetFullPath(options.Out ?? Path.Combine(paths.Directory, "slurm"), options.WorkingDirectory);
        string selection = string.Create(CultureInfo.InvariantCulture,
            $"{Quote(experiment.Id)} --profile {sweep.Profile.ToString().ToLowerInvariant()} --results {Quote(sweep.Results)} --data {Quote(sweep.Data)}");
        string array = Path.Combine(directory, experiment.Id + ".array.sbatch");
        string merge = Path.Combine(directory, experiment.Id + ".merge.sbatch");
        string submit = Path.Combine(directory, "submit.sh");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "logs"));
            Write(array, Header(options, experiment, directory, $"rnntools-{experiment.Id}", $"--array=0-{runs - 1}", options.TaskTime, "%A_%a") +
                "index=\"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch, or set SLURM_ARRAY_TASK_ID to a run index}\"\n" +
                $"exec $RNNTOOLS experiment run {selection} --backend {sweep.Backend.ToString().ToLowerInvariant()} --run-index \"$index\" --part \"$index\" --no-progress\n");
            Write(merge, Header(options, experiment, directory, $"rnntools-{experiment.Id}-merge", null, "01:00:00", "%j-merge") +
                $"exec $RNNTOOLS experiment merge {selection} --no-progress\n");
            Write(submit, "#!/bin/bash\n" +
                $"# Submits the {runs} runs of {experiment.Id} as a job array and the merge step after it.\n" +
                "set -euo pipefail\n" +
                "here=\"$(cd \"$(dirname \"$0\")\" && pwd)\"\n" +
                $"array=\"$(sbatch --parsable \"$here/{experiment.Id}.array.sbatch\")\"\n" +
                $"sbatch --dependency=afterany:\"${{array%%;*}}\" \"$here/{experiment.Id}.merge.sbatch\"\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RnnToolsException(ErrorIds.ResultWriteFailed, ErrorKind.WriteError, $"{directory}: cannot write the Slurm scripts ({ex.Message}).", directory, ex);
        }

        sink.Emit(new SlurmScriptRecord(experiment.Id, "array", array, runs));
        sink.Emit(new SlurmScriptRecord(experiment.Id, "merge", merge, runs));
        sink.Emit(new SlurmScriptRecord(experiment.Id, "submit", submit, runs));
    }

    private static string Header(SlurmOptions options, Experiment experiment, string directory, string name, string? array, string time, string log)
    {
        var text = new StringBuilder();
        text.Append("#!/bin/bash\n");
        text.Append(CultureInfo.InvariantCulture, $"# {experiment.Id} (version {experiment.Version}, {options.Sweep.Profile.ToString().ToLowerInvariant()} profile): {experiment.Title}\n");
        text.Append("# Written by rnntools experiment slurm; submit.sh next to it submits the array and then the merge step.\n");
        text.Append(CultureInfo.InvariantCulture, $"#SBATCH --job-name={name}\n");
        if (array is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"#SBATCH {array}\n");
        }

        text.Append("#SBATCH --cpus-per-task=1\n");
        text.Append(CultureInfo.InvariantCulture, $"#SBATCH --time={time}\n");
        text.Append(CultureInfo.InvariantCulture, $"#SBATCH --output={Path.Combine(directory, "logs", log)}.out\n");
        text.Append("set -euo pipefail\n");
        text.Append(CultureInfo.InvariantCulture, $"cd {Quote(options.WorkingDirectory)}\n");
        text.Append("export RNNTOOLS_THREADS=1\n");
        text.Append(CultureInfo.InvariantCulture, $"RNNTOOLS=\"${{RNNTOOLS:-{options.Command.Replace("\"", "\\\"", StringComparison.Ordinal)}}}\"\n");
        return text.ToString();
    }

    private static void Write(string path, string text)
    {
        File.WriteAllText(path, text, new UTF8Encoding(false));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute);
        }
    }

    /// <summary>Single-quotes a word for bash.</summary>
    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
