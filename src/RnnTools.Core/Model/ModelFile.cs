using System.Globalization;
using System.Text;
using System.Text.Json;
using RnnTools.Core.Csv;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Model;

/// <summary>
/// The model file of training.md §15: a JSON object with the sizes, activation, output function, precision, the five
/// variables as <c>{ "shape", "data" }</c> (row-major) and optional metadata. Values are written as the shortest text
/// that reads back as the same value of the stored precision, so files round-trip bit for bit. Non-finite values are
/// written as the strings <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> and are rejected on reading unless allowed.
/// </summary>
public static class ModelFile
{
    /// <summary>The value of the <c>format</c> key.</summary>
    public const string FormatName = "rnntools.model";

    /// <summary>The value of the <c>version</c> key.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes a model file atomically (to a temporary name, then renamed).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="model">The model.</param>
    /// <param name="mode">Overwrite or NoClobber (appending is not defined for models).</param>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.ResultFileExists"/> or <see cref="ErrorIds.ResultWriteFailed"/>.</exception>
    public static void Write(string path, StoredModel model, ResultFileMode mode = ResultFileMode.Overwrite)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (mode == ResultFileMode.Append)
        {
            throw new ArgumentException("A model file is replaced or refused, never appended to.", nameof(mode));
        }

        if (mode == ResultFileMode.NoClobber && File.Exists(path))
        {
            throw new RnnToolsException(ErrorIds.ResultFileExists, ErrorKind.ResourceExists,
                $"{path}: the file exists and no-clobber was requested.", path);
        }

        string temporary = path + ".tmp";
        try
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                Write(stream, model);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RnnToolsException(ErrorIds.ResultWriteFailed, ErrorKind.WriteError, $"{path}: cannot write ({ex.Message}).", path, ex);
        }
    }

    /// <summary>Writes the JSON of a model to a stream.</summary>
    public static void Write(Stream stream, StoredModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        RnnModel<double> network = model.Model;
        RnnShape shape = network.Shape;
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("version", FormatVersion);
        json.WriteNumber("n_in", shape.InputSize);
        json.WriteNumber("n_hidden", shape.HiddenSize);
        json.WriteNumber("n_out", shape.OutputSize);
        json.WriteString("activation", ModelNames.Of(network.Activation));
        json.WritePropertyName("activation_beta");
        json.WriteRawValue(Text(network.ActivationBeta, Precision.Float64));
        json.WriteString("output", ModelNames.Of(network.OutputFunction));
        json.WriteString("precision", ModelNames.Of(model.Precision));
        foreach ((string name, int offset, int length, int rows, int columns) in shape.Variables)
        {
            json.WriteStartObject(name);
            json.WriteStartArray("shape");
            json.WriteNumberValue(rows);
            if (name.StartsWith("W_", StringComparison.Ordinal))
            {
                json.WriteNumberValue(columns);
            }

            json.WriteEndArray();
            json.WriteStartArray("data");
            foreach (double value in network.Parameters.AsSpan(offset, length))
            {
                WriteValue(json, value, model.Precision);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        WriteMetadata(json, model.Metadata);
        json.WriteEndObject();
    }

    /// <summary>The JSON text of a model.</summary>
    public static string ToJson(StoredModel model)
    {
        using var stream = new MemoryStream();
        Write(stream, model);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a model file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="allowNonFinite">Accept NaN and infinite values (e.g. to inspect a diverged model).</param>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the file and the key at fault.</exception>
    public static StoredModel Read(string path, bool allowNonFinite = false)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw RnnToolsException.InvalidFile(path, $"cannot read the model file ({ex.Message}).", ex);
        }

        return Parse(text, path, allowNonFinite);
    }

    /// <summary>Parses model JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the source and the key at fault.</exception>
    public static StoredModel Parse(string json, string source, bool allowNonFinite = false)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return new ModelFileReader(document.RootElement, source, allowNonFinite).Read();
        }
        catch (JsonException ex)
        {
            throw RnnToolsException.InvalidFile(source, $"not valid JSON ({ex.Message}).", ex);
        }
    }

    /// <summary>The shortest invariant text that reads back as the same value of the precision.</summary>
    internal static string Text(double value, Precision precision) =>
        precision == Precision.Float32
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteValue(Utf8JsonWriter json, double value, Precision precision)
    {
        if (double.IsFinite(value))
        {
            json.WriteRawValue(Text(value, precision));
        }
        else
        {
            json.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static void WriteMetadata(Utf8JsonWriter json, ModelMetadata meta)
    {
        if (meta == ModelMetadata.None)
        {
            return;
        }

        json.WriteStartObject("meta");
        if (meta.Seed is { } seed) { json.WriteNumber("seed", seed); }
        if (meta.Task is { } task) { json.WriteString("task", task); }
        if (meta.Iteration is { } iteration) { json.WriteNumber("iteration", iteration); }
        if (meta.Initialization is { } initialization) { json.WriteString("initialization", initialization); }
        if (meta.Statistics is { Count: > 0 } statistics)
        {
            json.WriteStartObject("statistics");
            foreach ((string name, double value) in statistics)
            {
                json.WritePropertyName(name);
                WriteValue(json, value, Precision.Float64);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
