using System.Globalization;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Datasets.Pickle;

/// <summary>
/// Turns the value of a dataset pickle (the original Boulanger-Lewandowski layout: a dict with "train", "valid" and
/// "test", each a list of sequences of steps of integer notes, lists or tuples) into a validated dataset.
/// </summary>
internal static class PickleDatasetReader
{
    /// <summary>Reads a dataset pickle.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the source and the key or position.</exception>
    public static PolyphonicDataset Read(byte[] pickle, string source)
    {
        if (PickleReader.Read(pickle, source) is not PickleDict root)
        {
            throw RnnToolsException.InvalidFile(source, "the pickle does not hold a dict with keys 'train', 'valid' and 'test'.");
        }

        return new PolyphonicDataset(source, Split(root, "train", source), Split(root, "valid", source), Split(root, "test", source));
    }

    private static List<int[][]> Split(PickleDict root, string key, string source)
    {
        if (!root.TryGet(key, out object? value))
        {
            throw RnnToolsException.InvalidFile(source, $"key '{key}' is missing.");
        }

        IReadOnlyList<object?> sequences = Sequence(value, $"key '{key}' must be a list of sequences", source);
        var result = new List<int[][]>(sequences.Count);
        for (int s = 0; s < sequences.Count; s++)
        {
            string where = string.Create(CultureInfo.InvariantCulture, $"split '{key}' sequence {s}");
            IReadOnlyList<object?> steps = Sequence(sequences[s], $"{where} must be a list of steps", source);
            int[][] sequence = new int[steps.Count][];
            for (int t = 0; t < steps.Count; t++)
            {
                IReadOnlyList<object?> notes = Sequence(steps[t], string.Create(CultureInfo.InvariantCulture, $"{where} step {t} must be a list of notes"), source);
                sequence[t] = new int[notes.Count];
                for (int n = 0; n < notes.Count; n++)
                {
                    sequence[t][n] = notes[n] is long note and >= int.MinValue and <= int.MaxValue
                        ? (int)note
                        : throw RnnToolsException.InvalidFile(source, string.Create(CultureInfo.InvariantCulture,
                            $"{where} step {t}: entry {n} is not an integer MIDI note."));
                }
            }

            result.Add(sequence);
        }

        return result;
    }

    private static IReadOnlyList<object?> Sequence(object? value, string what, string source) => value switch
    {
        List<object?> list => list,
        object?[] tuple => tuple,
        _ => throw RnnToolsException.InvalidFile(source, $"{what}."),
    };
}
