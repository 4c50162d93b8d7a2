namespace RnnTools.Core.Training;

/// <summary>
/// The second channel of <see cref="TrainingOperation"/>: the check records (and optionally the per-step temporal rows)
/// as they happen, e.g. the CLI's <c>--history</c> and <c>--temporal</c> files, flushed per row. Its position goes into
/// every checkpoint, and a resumed run first rewinds it to the checkpoint's position (training.md §13.5).
/// </summary>
public interface ITrainingHistory
{
    /// <summary>The rows the destinations hold now.</summary>
    HistoryPosition Position { get; }

    /// <summary>Whether the per-step rows are wanted (computing them costs a little at every check).</summary>
    bool RecordsSteps { get; }

    /// <summary>Drops every row after <paramref name="position"/> (called once, before any write, when a run resumes).</summary>
    /// <exception cref="Errors.RnnToolsException"><see cref="Errors.ErrorIds.ResultFileTruncated"/> when a destination holds fewer rows.</exception>
    void Rewind(HistoryPosition position);

    /// <summary>Writes one check and, when <see cref="RecordsSteps"/>, its per-step rows (else an empty list).</summary>
    void Write(CheckRecord check, IReadOnlyList<TemporalStepRecord> steps);
}
