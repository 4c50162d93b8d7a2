using RnnTools.Core.Initialization;
using RnnTools.Core.Model;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>
/// One step of the temporal components of Measure-GradientNorm (training.md §14.3): the task and model
/// configuration (the keys, so that a row piped back re-binds it), the per-step columns of
/// <see cref="GradientStepRecord"/>, then provenance.
/// </summary>
/// <param name="Task">The task.</param>
/// <param name="Variant">The task variant.</param>
/// <param name="Mode">The TemporalOrder mode.</param>
/// <param name="Length">The task's Length option.</param>
/// <param name="BatchSize">Sequences in the batch.</param>
/// <param name="Seed">The run seed (task and initialisers).</param>
/// <param name="NValues">NoiselessMemorization: symbol values.</param>
/// <param name="NPos">NoiselessMemorization: pattern positions.</param>
/// <param name="InnerTask">The task PreTrain wraps, or null.</param>
/// <param name="Dataset">Music: the dataset file, or null.</param>
/// <param name="SplitMode">Music: how the batch is built.</param>
/// <param name="CropLength">Music split mode: the longest crop.</param>
/// <param name="HiddenSize">n_h of the model.</param>
/// <param name="Activation">The model's hidden activation.</param>
/// <param name="InitPreset">The initialisation preset; null for a given model.</param>
/// <param name="SpectralRadius">The ρ W_rec was rescaled to; null for a given model.</param>
/// <param name="WRecInit">Override of W_rec's initialiser, or null.</param>
/// <param name="WInInit">Override of W_in's initialiser, or null.</param>
/// <param name="WOutInit">Override of W_out's initialiser, or null.</param>
/// <param name="Precision">The precision computed in.</param>
/// <param name="Backend">The backend that ran (lower case).</param>
/// <param name="Step">t, from 0.</param>
/// <param name="NormFull">‖H_t‖₂.</param>
/// <param name="NormWRec">‖H_t[W_rec]‖_F.</param>
/// <param name="NormWIn">‖H_t[W_in]‖_F.</param>
/// <param name="NormBRec">‖H_t[b_rec]‖₂.</param>
/// <param name="NormWOut">‖H_t[W_out]‖_F.</param>
/// <param name="NormBOut">‖H_t[b_out]‖₂.</param>
/// <param name="Cos">cos(H_t, g); NaN when a norm is 0.</param>
/// <param name="Loss">The batch loss.</param>
/// <param name="GradNorm">‖g‖₂.</param>
/// <param name="BackendDescription">The backend's Describe() line.</param>
/// <param name="ToolVersion">The tool version.</param>
/// <param name="GitCommit">The commit, or empty.</param>
/// <param name="Timestamp">UTC time, ISO 8601.</param>
public sealed record GradientNormRecord(
    TaskName Task,
    TaskVariant Variant,
    TemporalOrderMode Mode,
    int Length,
    int BatchSize,
    int Seed,
    int NValues,
    int NPos,
    TaskName? InnerTask,
    string? Dataset,
    SplitMode SplitMode,
    int CropLength,
    int HiddenSize,
    Activation Activation,
    InitPreset? InitPreset,
    double? SpectralRadius,
    string? WRecInit,
    string? WInInit,
    string? WOutInit,
    Precision Precision,
    string Backend,
    int Step,
    double NormFull,
    double NormWRec,
    double NormWIn,
    double NormBRec,
    double NormWOut,
    double NormBOut,
    double Cos,
    double Loss,
    double GradNorm,
    string BackendDescription,
    string ToolVersion,
    string GitCommit,
    string Timestamp);
