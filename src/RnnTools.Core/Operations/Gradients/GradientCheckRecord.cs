using RnnTools.Core.Model;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>The outcome of a finite-difference gradient check: the largest relative error per variable and overall.</summary>
/// <param name="Activation">The hidden activation checked.</param>
/// <param name="OutputFunction">The output function checked.</param>
/// <param name="LossKind">The loss checked.</param>
/// <param name="Seed">The seed of the random model and batch.</param>
/// <param name="Tolerance">The largest relative error that passes.</param>
/// <param name="Backend">The backend that ran (lower case).</param>
/// <param name="MaxRelativeErrorWRec">Error on W_rec.</param>
/// <param name="MaxRelativeErrorWIn">Error on W_in.</param>
/// <param name="MaxRelativeErrorWOut">Error on W_out.</param>
/// <param name="MaxRelativeErrorBRec">Error on b_rec.</param>
/// <param name="MaxRelativeErrorBOut">Error on b_out.</param>
/// <param name="MaxRelativeError">The largest of the five.</param>
/// <param name="Passed">Whether <paramref name="MaxRelativeError"/> is below the tolerance.</param>
/// <param name="BackendDescription">The backend's Describe() line.</param>
/// <param name="ToolVersion">The tool version.</param>
/// <param name="GitCommit">The commit, or empty.</param>
/// <param name="Timestamp">UTC time, ISO 8601.</param>
public sealed record GradientCheckRecord(Activation Activation, OutputFunction OutputFunction, LossKind LossKind, int Seed, double Tolerance,
    string Backend, double MaxRelativeErrorWRec, double MaxRelativeErrorWIn, double MaxRelativeErrorWOut, double MaxRelativeErrorBRec,
    double MaxRelativeErrorBOut, double MaxRelativeError, bool Passed, string BackendDescription, string ToolVersion, string GitCommit, string Timestamp);
