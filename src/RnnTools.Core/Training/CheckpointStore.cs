using System.Text.Json;
using System.Text.Json.Serialization;
using RnnTools.Core.Errors;
using RnnTools.Core.Model;

namespace RnnTools.Core.Training;

/// <summary>
/// A run's checkpoint directory (training.md §13.5, §14.2): <c>checkpoint.json</c> (the resume state), and the models
/// <c>current_model.json</c> and <c>best_model.json</c> (training.md §15). Every file is written atomically: to a
/// temporary name, then renamed over the old one, so a killed run leaves either the old or the new file.
/// </summary>
internal sealed class CheckpointStore
{
    /// <summary>The resume state's file name.</summary>
    public const string CheckpointFileName = "checkpoint.json";

    /// <summary>The current model's file name.</summary>
    public const string CurrentModelFileName = "current_model.json";

    /// <summary>The best model's file name.</summary>
    public const string BestModelFileName = "best_model.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly string directory;

    /// <summary>Uses <paramref name="directory"/> (created on the first write).</summary>
    public CheckpointStore(string directory)
    {
        this.directory = directory;
    }

    /// <summary>The path of <c>checkpoint.json</c>.</summary>
    public string CheckpointFile => Path.Combine(directory, CheckpointFileName);

    /// <summary>Whether a checkpoint exists.</summary>
    public bool Exists => File.Exists(CheckpointFile);

    /// <summary>Reads the checkpoint.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the file.</exception>
    public TrainingCheckpoint Read()
    {
        string path = CheckpointFile;
        try
        {
            TrainingCheckpoint checkpoint = JsonSerializer.Deserialize<TrainingCheckpoint>(File.ReadAllText(path), Json)
                ?? throw RnnToolsException.InvalidFile(path, "the checkpoint is empty.");
            return checkpoint.Format == TrainingCheckpoint.FormatName && checkpoint.Version == TrainingCheckpoint.FormatVersion
                ? checkpoint
                : throw RnnToolsException.InvalidFile(path, $"key 'Format'/'Version': not an {TrainingCheckpoint.FormatName} file of version {TrainingCheckpoint.FormatVersion}.");
        }
        catch (JsonException ex)
        {
            throw RnnToolsException.InvalidFile(path, $"not a valid checkpoint ({ex.Message}).", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw RnnToolsException.InvalidFile(path, $"cannot read the checkpoint ({ex.Message}).", ex);
        }
    }

    /// <summary>Writes the checkpoint atomically.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.ResultWriteFailed"/>.</exception>
    public void Write(TrainingCheckpoint checkpoint)
    {
        string path = CheckpointFile, temporary = path + ".tmp";
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, checkpoint, Json);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RnnToolsException(ErrorIds.ResultWriteFailed, ErrorKind.WriteError, $"{path}: cannot write the checkpoint ({ex.Message}).", path, ex);
        }
    }

    /// <summary>Writes <c>current_model.json</c>.</summary>
    public void WriteCurrentModel(StoredModel model) => ModelFile.Write(Path.Combine(directory, CurrentModelFileName), model);

    /// <summary>Writes <c>best_model.json</c>.</summary>
    public void WriteBestModel(StoredModel model) => ModelFile.Write(Path.Combine(directory, BestModelFileName), model);
}
