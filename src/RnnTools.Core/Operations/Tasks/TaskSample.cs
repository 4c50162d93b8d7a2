using RnnTools.Core.Tasks;

namespace RnnTools.Core.Operations.Tasks;

/// <summary>One sampled batch with the generator identity written next to it (tasks.md §1.2).</summary>
/// <param name="Batch">The batch.</param>
/// <param name="Identity">Task, variant, mode, length and seed.</param>
public sealed record TaskSample(Batch Batch, BatchIdentity Identity);
