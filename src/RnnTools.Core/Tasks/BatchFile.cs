using System.Text;
using System.Text.Json;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Tasks;

/// <summary>
/// The batch interchange format of tasks.md §1.2: a JSON object with the generator identity, <c>inputs</c>,
/// <c>targets</c> and <c>mask</c> as nested arrays [T][B][dim] (time, sequence, channel), and <c>lengths</c> [B].
/// Numbers are written with round-trip precision.
/// </summary>
public static class BatchFile
{
    /// <summary>Writes a batch as JSON.</summary>
    public static void Write(Stream stream, Batch batch, BatchIdentity identity)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        WriteNullable(json, "task", identity.Task);
        WriteNullable(json, "variant", identity.Variant);
        WriteNullable(json, "mode", identity.Mode);
        if (identity.MinLength is { } minLength) { json.WriteNumber("min_length", minLength); } else { json.WriteNull("min_length"); }
        if (identity.Seed is { } seed) { json.WriteNumber("seed", seed); } else { json.WriteNull("seed"); }
        WriteNested(json, "inputs", batch, batch.Inputs, batch.InputSize);
        WriteNested(json, "targets", batch, batch.Targets, batch.OutputSize);
        WriteNested(json, "mask", batch, batch.Mask, batch.OutputSize);
        json.WriteStartArray("lengths");
        foreach (int length in batch.Lengths)
        {
            json.WriteNumberValue(length);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The JSON text of a batch.</summary>
    public static string ToJson(Batch batch, BatchIdentity identity)
    {
        using var stream = new MemoryStream();
        Write(stream, batch, identity);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a batch file.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the file and the key at fault.</exception>
    public static (Batch Batch, BatchIdentity Identity) Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw RnnToolsException.InvalidFile(path, $"cannot read the batch file ({ex.Message}).", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses batch JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the source and the key at fault.</exception>
    public static (Batch Batch, BatchIdentity Identity) Parse(string json, string source)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw RnnToolsException.InvalidFile(source, "a batch file is a JSON object.");
            }

            JsonElement inputs = Property(root, "inputs", source), targets = Property(root, "targets", source);
            JsonElement mask = Property(root, "mask", source), lengthsElement = Property(root, "lengths", source);
            int length = inputs.GetArrayLength();
            if (length == 0)
            {
                throw RnnToolsException.InvalidFile(source, "key 'inputs' has no time steps.");
            }

            int batchSize = Array(inputs[0], "inputs[0]", source).GetArrayLength();
            int inputSize = batchSize == 0 ? 0 : Array(inputs[0][0], "inputs[0][0]", source).GetArrayLength();
            int outputSize = Array(targets, "targets", source).GetArrayLength() == 0 ? 0
                : Array(Array(targets[0], "targets[0]", source)[0], "targets[0][0]", source).GetArrayLength();
            if (batchSize == 0 || inputSize == 0 || outputSize == 0)
            {
                throw RnnToolsException.InvalidFile(source, "keys 'inputs' and 'targets' need at least one sequence and one channel.");
            }

            double[] inputValues = ReadNested(inputs, "inputs", length, batchSize, inputSize, source);
            double[] targetValues = ReadNested(targets, "targets", length, batchSize, outputSize, source);
            double[] maskValues = ReadNested(mask, "mask", length, batchSize, outputSize, source);
            if (maskValues.Any(m => m is not (0.0 or 1.0)))
            {
                throw RnnToolsException.InvalidFile(source, "key 'mask' must hold only 0 and 1.");
            }

            if (Array(lengthsElement, "lengths", source).GetArrayLength() != batchSize)
            {
                throw RnnToolsException.InvalidFile(source, $"key 'lengths' has {lengthsElement.GetArrayLength()} entries; the batch has {batchSize} sequences.");
            }

            int[] lengths = [.. lengthsElement.EnumerateArray().Select((e, b) => e.TryGetInt32(out int l) && l >= 1 && l <= length
                ? l
                : throw RnnToolsException.InvalidFile(source, $"key 'lengths' entry {b} must be a whole number from 1 to {length}."))];
            var identity = new BatchIdentity(OptionalString(root, "task"), OptionalString(root, "variant"), OptionalString(root, "mode"),
                OptionalInt(root, "min_length", source), OptionalLong(root, "seed", source));
            return (new Batch(length, inputSize, outputSize, batchSize, inputValues, targetValues, maskValues, lengths), identity);
        }
        catch (JsonException ex)
        {
            throw RnnToolsException.InvalidFile(source, $"not valid JSON ({ex.Message}).", ex);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) { json.WriteNull(name); } else { json.WriteString(name, value); }
    }

    private static void WriteNested(Utf8JsonWriter json, string name, Batch batch, double[] values, int dim)
    {
        json.WriteStartArray(name);
        for (int t = 0; t < batch.Length; t++)
        {
            json.WriteStartArray();
            for (int b = 0; b < batch.BatchSize; b++)
            {
                json.WriteStartArray();
                for (int i = 0; i < dim; i++)
                {
                    json.WriteNumberValue(values[(((t * dim) + i) * batch.BatchSize) + b]);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static double[] ReadNested(JsonElement element, string key, int length, int batchSize, int dim, string source)
    {
        if (Array(element, key, source).GetArrayLength() != length)
        {
            throw RnnToolsException.InvalidFile(source, $"key '{key}' has {element.GetArrayLength()} time steps; 'inputs' has {length}.");
        }

        double[] values = new double[length * dim * batchSize];
        for (int t = 0; t < length; t++)
        {
            JsonElement step = Array(element[t], $"{key}[{t}]", source);
            if (step.GetArrayLength() != batchSize)
            {
                throw RnnToolsException.InvalidFile(source, $"key '{key}' step {t} has {step.GetArrayLength()} sequences; expected {batchSize}.");
            }

            for (int b = 0; b < batchSize; b++)
            {
                JsonElement vector = Array(step[b], $"{key}[{t}][{b}]", source);
                if (vector.GetArrayLength() != dim)
                {
                    throw RnnToolsException.InvalidFile(source, $"key '{key}' step {t} sequence {b} has {vector.GetArrayLength()} values; expected {dim}.");
                }

                for (int i = 0; i < dim; i++)
                {
                    JsonElement number = vector[i];
                    if (number.ValueKind != JsonValueKind.Number || !double.IsFinite(number.GetDouble()))
                    {
                        throw RnnToolsException.InvalidFile(source, $"key '{key}' step {t} sequence {b} channel {i} is not a finite number.");
                    }

                    values[(((t * dim) + i) * batchSize) + b] = number.GetDouble();
                }
            }
        }

        return values;
    }

    private static JsonElement Property(JsonElement root, string key, string source) =>
        root.TryGetProperty(key, out JsonElement value) ? Array(value, key, source) : throw RnnToolsException.InvalidFile(source, $"key '{key}' is missing.");

    private static JsonElement Array(JsonElement element, string key, string source) =>
        element.ValueKind == JsonValueKind.Array ? element : throw RnnToolsException.InvalidFile(source, $"key '{key}' must be an array.");

    private static string? OptionalString(JsonElement root, string key) =>
        root.TryGetProperty(key, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? OptionalInt(JsonElement root, string key, string source) =>
        !root.TryGetProperty(key, out JsonElement value) || value.ValueKind == JsonValueKind.Null ? null
        : value.TryGetInt32(out int result) ? result : throw RnnToolsException.InvalidFile(source, $"key '{key}' must be a whole number.");

    private static long? OptionalLong(JsonElement root, string key, string source) =>
        !root.TryGetProperty(key, out JsonElement value) || value.ValueKind == JsonValueKind.Null ? null
        : value.TryGetInt64(out long result) ? result : throw RnnToolsException.InvalidFile(source, $"key '{key}' must be a whole number.");
}
