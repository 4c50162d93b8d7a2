using RnnTools.Core.Tasks;

namespace RnnTools.Core.Experiments;

/// <summary>One step of a check's temporal components (galvan-fig3-2, galvan-fig3-3).</summary>
/// <param name="Task">The task of the run.</param>
/// <param name="Iteration">The iteration of the check (its training batch, before the update).</param>
/// <param name="Step">t, from 0.</param>
/// <param name="NormFull">‖H_t‖₂.</param>
/// <param name="Cos">cos(H_t, g).</param>
/// <param name="NormWRec">‖H_t[W_rec]‖.</param>
/// <param name="NormWIn">‖H_t[W_in]‖.</param>
/// <param name="NormBRec">‖H_t[b_rec]‖.</param>
/// <param name="NormWOut">‖H_t[W_out]‖.</param>
/// <param name="NormBOut">‖H_t[b_out]‖.</param>
public sealed record TemporalSnapshotRow(TaskName Task, long Iteration, int Step, double NormFull, double Cos, double NormWRec, double NormWIn,
    double NormBRec, double NormWOut, double NormBOut);
