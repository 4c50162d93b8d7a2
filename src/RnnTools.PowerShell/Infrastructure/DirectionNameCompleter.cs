using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using RnnTools.Core.Directions;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>Tab completion of direction names (training.md §8) for -Direction and -DropoutInner, including combined:&lt;rule&gt;.</summary>
public sealed class DirectionNameCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst,
        IDictionary fakeBoundParameters) =>
        NameCompletion.Matches(DirectionRuleFactory.Names.Concat(DirectionRuleFactory.CombiningRules.Select(rule => $"combined:{rule}")), wordToComplete)
            .Select(name => new CompletionResult(name, name, CompletionResultType.ParameterValue, name));
}
