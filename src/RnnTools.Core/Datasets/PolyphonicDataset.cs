using System.Globalization;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Datasets;

/// <summary>
/// A polyphonic music dataset (tasks.md §5.1): train, valid and test splits of sequences; each sequence an array of
/// time steps; each step the strictly increasing MIDI notes (21..108) sounding, possibly none. Validated on creation.
/// </summary>
public sealed class PolyphonicDataset
{
    /// <summary>Creates and validates a dataset.</summary>
    /// <param name="source">The file it came from (named in errors).</param>
    /// <param name="train">Training sequences.</param>
    /// <param name="valid">Validation sequences.</param>
    /// <param name="test">Test sequences.</param>
    /// <exception cref="RnnToolsException">
    /// <see cref="ErrorIds.InvalidInputFile"/> naming the source, split, sequence and step of the first invalid note, or
    /// an empty split or a sequence shorter than 2 steps.
    /// </exception>
    public PolyphonicDataset(string source, IReadOnlyList<int[][]> train, IReadOnlyList<int[][]> valid, IReadOnlyList<int[][]> test)
    {
        Source = source;
        Train = train;
        Valid = valid;
        Test = test;
        foreach (DatasetSplit split in Enum.GetValues<DatasetSplit>())
        {
            Check(source, split, Split(split));
        }
    }

    /// <summary>The file the dataset came from.</summary>
    public string Source { get; }

    /// <summary>Training sequences.</summary>
    public IReadOnlyList<int[][]> Train { get; }

    /// <summary>Validation sequences.</summary>
    public IReadOnlyList<int[][]> Valid { get; }

    /// <summary>Test sequences.</summary>
    public IReadOnlyList<int[][]> Test { get; }

    /// <summary>The key of a split in the files ("train", "valid", "test").</summary>
    public static string SplitKey(DatasetSplit split) => split switch
    {
        DatasetSplit.Train => "train",
        DatasetSplit.Valid => "valid",
        DatasetSplit.Test => "test",
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown split."),
    };

    /// <summary>The sequences of a split.</summary>
    public IReadOnlyList<int[][]> Split(DatasetSplit split) => split switch
    {
        DatasetSplit.Train => Train,
        DatasetSplit.Valid => Valid,
        DatasetSplit.Test => Test,
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, "Unknown split."),
    };

    private static void Check(string source, DatasetSplit split, IReadOnlyList<int[][]> sequences)
    {
        string key = SplitKey(split);
        if (sequences.Count == 0)
        {
            throw RnnToolsException.InvalidFile(source, $"split '{key}' has no sequences.");
        }

        for (int s = 0; s < sequences.Count; s++)
        {
            int[][] sequence = sequences[s];
            if (sequence.Length < 2)
            {
                throw RnnToolsException.InvalidFile(source, string.Create(CultureInfo.InvariantCulture,
                    $"split '{key}' sequence {s} has {sequence.Length} step(s); next-step prediction needs at least 2."));
            }

            for (int t = 0; t < sequence.Length; t++)
            {
                int previous = PianoRoll.LowestNote - 1;
                foreach (int note in sequence[t])
                {
                    if (note < PianoRoll.LowestNote || note > PianoRoll.HighestNote)
                    {
                        throw RnnToolsException.InvalidFile(source, string.Create(CultureInfo.InvariantCulture,
                            $"split '{key}' sequence {s} step {t}: note {note} is outside {PianoRoll.LowestNote}..{PianoRoll.HighestNote}."));
                    }

                    if (note <= previous)
                    {
                        throw RnnToolsException.InvalidFile(source, string.Create(CultureInfo.InvariantCulture,
                            $"split '{key}' sequence {s} step {t}: notes must be strictly increasing ({previous} then {note})."));
                    }

                    previous = note;
                }
            }
        }
    }
}
