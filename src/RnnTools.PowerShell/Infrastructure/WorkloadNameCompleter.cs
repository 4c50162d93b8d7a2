using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using RnnTools.Core.Operations.Performance;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>Tab completion of the benchmark workload names for Measure-RnnPerformance -Workload.</summary>
public sealed class WorkloadNameCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst,
        IDictionary fakeBoundParameters) =>
        NameCompletion.Matches(PerformanceWorkload.Standard.Select(workload => workload.Name), wordToComplete)
            .Select(name => new CompletionResult(name, name, CompletionResultType.ParameterValue, name));
}
