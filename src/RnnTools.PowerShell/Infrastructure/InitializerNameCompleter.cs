using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using RnnTools.Core.Initialization;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>Tab completion of initialiser names (training.md §6) for -WRecInit, -WInInit and -WOutInit.</summary>
public sealed class InitializerNameCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst,
        IDictionary fakeBoundParameters) =>
        NameCompletion.Matches(InitializerCatalog.Names, wordToComplete)
            .Select(name => new CompletionResult(name, name, CompletionResultType.ParameterValue, name));
}
