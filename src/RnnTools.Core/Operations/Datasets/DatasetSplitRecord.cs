namespace RnnTools.Core.Operations.Datasets;

/// <summary>The statistics of one split of a polyphonic dataset, computed from the file (tasks.md §5.5–5.6).</summary>
/// <param name="Path">The dataset file.</param>
/// <param name="Split">train, valid or test.</param>
/// <param name="Sequences">Number of sequences.</param>
/// <param name="Steps">Time steps over all sequences.</param>
/// <param name="PredictedSteps">Next-step targets, Σ (L − 1).</param>
/// <param name="ShortestSequence">Length of the shortest sequence, in steps.</param>
/// <param name="MeanSequenceLength">Mean sequence length, in steps.</param>
/// <param name="LongestSequence">Length of the longest sequence, in steps.</param>
/// <param name="LowestNote">Lowest MIDI note sounding, or null when the split is silent.</param>
/// <param name="HighestNote">Highest MIDI note sounding, or null when the split is silent.</param>
/// <param name="MeanNotesPerStep">Mean number of notes per step.</param>
/// <param name="MaxNotesPerStep">Largest number of notes in one step.</param>
/// <param name="EmptySteps">Steps with no note (rests).</param>
/// <param name="CroppedSequences">Sequences longer than 301 steps, which split mode crops at the default crop length.</param>
/// <param name="BaselineNll">Per-key frequency baseline NLL, frame-weighted over the predicted steps (nats per step; the primary figure).</param>
/// <param name="BaselineNllAllSteps">The same, frame-weighted over all steps.</param>
/// <param name="BaselineNllSequenceMean">The same over the predicted steps, as the mean over sequences (Galvan's convention).</param>
/// <param name="ModelNll">The given model's NLL, frame-weighted over the predicted steps (nats per step); null without a model.</param>
/// <param name="ModelNllSequenceMean">The model's NLL as the mean over sequences (Galvan's figure); null without a model.</param>
/// <param name="Backend">The backend that ran the model; null without a model.</param>
/// <param name="BackendDescription">That backend's description (library, version, dispatch path); null without a model.</param>
/// <param name="ToolVersion">The tool version, without the commit.</param>
/// <param name="GitCommit">The commit the tool was built from, or empty.</param>
/// <param name="Timestamp">UTC time the file was read, ISO 8601.</param>
public sealed record DatasetSplitRecord(
    string Path,
    string Split,
    int Sequences,
    long Steps,
    long PredictedSteps,
    int ShortestSequence,
    double MeanSequenceLength,
    int LongestSequence,
    int? LowestNote,
    int? HighestNote,
    double MeanNotesPerStep,
    int MaxNotesPerStep,
    long EmptySteps,
    int CroppedSequences,
    double BaselineNll,
    double BaselineNllAllSteps,
    double BaselineNllSequenceMean,
    double? ModelNll,
    double? ModelNllSequenceMean,
    string? Backend,
    string? BackendDescription,
    string ToolVersion,
    string GitCommit,
    string Timestamp);
