using System.Globalization;
using System.Text.Json;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Model;

/// <summary>Reads and validates the JSON object of one model file; every error names the source and the key.</summary>
internal sealed class ModelFileReader
{
    private readonly JsonElement root;
    private readonly string source;
    private readonly bool allowNonFinite;

    public ModelFileReader(JsonElement root, string source, bool allowNonFinite)
    {
        this.root = root;
        this.source = source;
        this.allowNonFinite = allowNonFinite;
    }

    public StoredModel Read()
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error("a model file is a JSON object.");
        }

        string format = String("format");
        if (format != ModelFile.FormatName)
        {
            throw Error($"key 'format' is '{format}'; expected '{ModelFile.FormatName}'.");
        }

        int version = Integer("version", 1);
        if (version != ModelFile.FormatVersion)
        {
            throw Error($"key 'version' is {version}; this version of RnnTools reads version {ModelFile.FormatVersion}.");
        }

        var shape = new RnnShape(Integer("n_in", 1), Integer("n_hidden", 1), Integer("n_out", 1));
        Activation activation = Name<Activation>("activation");
        OutputFunction output = Name<OutputFunction>("output");
        Precision precision = Name<Precision>("precision");
        double beta = 1.0;
        if (root.TryGetProperty("activation_beta", out JsonElement betaElement))
        {
            beta = betaElement.ValueKind == JsonValueKind.Number ? betaElement.GetDouble() : double.NaN;
            if (!double.IsFinite(beta) || beta <= 0)
            {
                throw Error("key 'activation_beta' must be a positive number.");
            }
        }

        double[] parameters = new double[shape.ParameterCount];
        foreach ((string name, int offset, int length, int rows, int columns) in shape.Variables)
        {
            int[] expected = name.StartsWith("W_", StringComparison.Ordinal) ? [rows, columns] : [rows];
            ReadVariable(name, expected, precision, parameters.AsSpan(offset, length));
        }

        var model = new RnnModel<double>(shape, activation, output, beta, parameters);
        return new StoredModel(model, precision, ReadMetadata());
    }

    private void ReadVariable(string key, int[] expected, Precision precision, Span<double> destination)
    {
        JsonElement variable = Property(key, JsonValueKind.Object);
        if (!variable.TryGetProperty("shape", out JsonElement shape) || shape.ValueKind != JsonValueKind.Array
            || shape.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out _)))
        {
            throw Error($"key '{key}.shape' must be an array of whole numbers.");
        }

        int[] actual = [.. shape.EnumerateArray().Select(e => e.GetInt32())];
        if (!actual.SequenceEqual(expected))
        {
            throw Error($"key '{key}.shape' is [{string.Join(", ", actual)}]; n_in, n_hidden and n_out require [{string.Join(", ", expected)}].");
        }

        if (!variable.TryGetProperty("data", out JsonElement data) || data.ValueKind != JsonValueKind.Array)
        {
            throw Error($"key '{key}.data' is missing or not an array.");
        }

        if (data.GetArrayLength() != destination.Length)
        {
            throw Error($"key '{key}.data' has {data.GetArrayLength()} values; its shape needs {destination.Length}.");
        }

        int index = 0;
        foreach (JsonElement element in data.EnumerateArray())
        {
            double value = Value(element, precision);
            if (double.IsNaN(value) && element.ValueKind != JsonValueKind.String)
            {
                throw Error($"key '{key}.data' entry {index} is not a number.");
            }

            if (!double.IsFinite(value) && !allowNonFinite)
            {
                throw Error($"key '{key}.data' entry {index} is not finite (allow non-finite values to load it anyway).");
            }

            destination[index++] = value;
        }
    }

    private double Value(JsonElement element, Precision precision) => element.ValueKind switch
    {
        JsonValueKind.Number => precision == Precision.Float32
            ? float.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : element.GetDouble(),
        JsonValueKind.String => element.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => throw Error($"the string '{element.GetString()}' is not a value (only NaN, Infinity and -Infinity are)."),
        },
        _ => double.NaN,
    };

    private ModelMetadata ReadMetadata()
    {
        if (!root.TryGetProperty("meta", out JsonElement meta) || meta.ValueKind == JsonValueKind.Null)
        {
            return ModelMetadata.None;
        }

        if (meta.ValueKind != JsonValueKind.Object)
        {
            throw Error("key 'meta' must be an object.");
        }

        var statistics = new Dictionary<string, double>(StringComparer.Ordinal);
        if (meta.TryGetProperty("statistics", out JsonElement stats) && stats.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in stats.EnumerateObject())
            {
                statistics[property.Name] = property.Value.ValueKind is JsonValueKind.Number or JsonValueKind.String
                    ? Value(property.Value, Precision.Float64)
                    : throw Error($"key 'meta.statistics.{property.Name}' must be a number.");
            }
        }

        return new ModelMetadata(OptionalLong(meta, "seed"), OptionalString(meta, "task"), OptionalLong(meta, "iteration"),
            OptionalString(meta, "initialization"), statistics);
    }

    private long? OptionalLong(JsonElement meta, string key) =>
        !meta.TryGetProperty(key, out JsonElement value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long result) ? result
        : throw Error($"key 'meta.{key}' must be a whole number.");

    private static string? OptionalString(JsonElement meta, string key) =>
        meta.TryGetProperty(key, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private JsonElement Property(string key, JsonValueKind kind)
    {
        if (!root.TryGetProperty(key, out JsonElement value))
        {
            throw Error($"key '{key}' is missing.");
        }

        return value.ValueKind == kind ? value : throw Error($"key '{key}' must be a JSON {kind.ToString().ToLowerInvariant()}.");
    }

    private string String(string key) => Property(key, JsonValueKind.String).GetString() ?? string.Empty;

    private int Integer(string key, int minimum)
    {
        JsonElement value = Property(key, JsonValueKind.Number);
        return value.TryGetInt32(out int result) && result >= minimum
            ? result
            : throw Error($"key '{key}' must be a whole number of at least {minimum}.");
    }

    private TEnum Name<TEnum>(string key)
        where TEnum : struct, Enum =>
        ModelNames.TryParse(String(key), out TEnum value)
            ? value
            : throw Error($"key '{key}' is '{String(key)}'; use one of {ModelNames.List<TEnum>()}.");

    private RnnToolsException Error(string message) => RnnToolsException.InvalidFile(source, message);
}
