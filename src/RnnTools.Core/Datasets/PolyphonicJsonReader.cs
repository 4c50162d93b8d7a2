using System.Globalization;
using System.Text.Json;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Datasets;

/// <summary>
/// Reads the JSON layout of tasks.md §5.1: an object with "train", "valid" and "test", each a list of sequences, each
/// a list of steps, each a list of integer MIDI notes. Other keys are skipped.
/// </summary>
internal static class PolyphonicJsonReader
{
    /// <summary>Parses UTF-8 JSON into a validated dataset.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the source and the key or position.</exception>
    public static PolyphonicDataset Read(ReadOnlySpan<byte> json, string source)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var splits = new Dictionary<string, List<int[][]>>(StringComparer.Ordinal);
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, "the file must be a JSON object with keys 'train', 'valid' and 'test'", source);
            while (Next(ref reader, source) == JsonTokenType.PropertyName)
            {
                string key = reader.GetString()!;
                if (key is not ("train" or "valid" or "test"))
                {
                    reader.Skip();
                    continue;
                }

                if (splits.ContainsKey(key))
                {
                    throw RnnToolsException.InvalidFile(source, $"key '{key}' appears twice.");
                }

                splits[key] = ReadSplit(ref reader, key, source);
            }
        }
        catch (JsonException ex)
        {
            throw RnnToolsException.InvalidFile(source, $"not valid JSON ({ex.Message}).", ex);
        }

        return new PolyphonicDataset(source, Split(splits, "train", source), Split(splits, "valid", source), Split(splits, "test", source));
    }

    private static List<int[][]> ReadSplit(ref Utf8JsonReader reader, string key, string source)
    {
        Expect(ref reader, JsonTokenType.StartArray, $"key '{key}' must be a list of sequences", source);
        var sequences = new List<int[][]>();
        while (Next(ref reader, source) != JsonTokenType.EndArray)
        {
            string where = $"split '{key}' sequence {sequences.Count}";
            Current(ref reader, JsonTokenType.StartArray, $"{where} must be a list of steps", source);
            var steps = new List<int[]>();
            var notes = new List<int>();
            while (Next(ref reader, source) != JsonTokenType.EndArray)
            {
                Current(ref reader, JsonTokenType.StartArray, $"{where} step {steps.Count} must be a list of notes", source);
                notes.Clear();
                while (Next(ref reader, source) != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int note))
                    {
                        throw RnnToolsException.InvalidFile(source, string.Create(CultureInfo.InvariantCulture,
                            $"{where} step {steps.Count}: entry {notes.Count} is not an integer MIDI note."));
                    }

                    notes.Add(note);
                }

                steps.Add([.. notes]);
            }

            sequences.Add([.. steps]);
        }

        return sequences;
    }

    private static List<int[][]> Split(Dictionary<string, List<int[][]>> splits, string key, string source) =>
        splits.TryGetValue(key, out List<int[][]>? split) ? split : throw RnnToolsException.InvalidFile(source, $"key '{key}' is missing.");

    private static JsonTokenType Next(ref Utf8JsonReader reader, string source) =>
        reader.Read() ? reader.TokenType : throw RnnToolsException.InvalidFile(source, "the JSON ends early (truncated file?).");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what, string source)
    {
        Next(ref reader, source);
        Current(ref reader, type, what, source);
    }

    private static void Current(ref Utf8JsonReader reader, JsonTokenType type, string what, string source)
    {
        if (reader.TokenType != type)
        {
            throw RnnToolsException.InvalidFile(source, $"{what}.");
        }
    }
}
