using System.Management.Automation;
using RnnTools.Core.Errors;
using RnnTools.Core.Operations;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>Forwards a core operation's reports to PowerShell's streams (on the pipeline thread).</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
internal sealed class CmdletSink<TRecord> : IOperationSink<TRecord>
{
    private readonly PSCmdlet cmdlet;
    private readonly int activityId;

    public CmdletSink(PSCmdlet cmdlet, int activityId)
    {
        this.cmdlet = cmdlet;
        this.activityId = activityId;
    }

    public void Emit(TRecord record) => cmdlet.WriteObject(record);

    public void Verbose(string message) => cmdlet.WriteVerbose(message);

    public void Warning(string message) => cmdlet.WriteWarning(message);

    public void Error(RnnToolsException error) => cmdlet.WriteError(ErrorRecords.From(error, error.Target));

    public bool ShouldProcess(string target, string action) => cmdlet.ShouldProcess(target, action);

    public void Report(ProgressUpdate value)
    {
        ProgressFields fields = ProgressFields.From(value, activityId);
        cmdlet.WriteProgress(new ProgressRecord(fields.ActivityId, fields.Activity, fields.StatusDescription)
        {
            PercentComplete = fields.PercentComplete,
            SecondsRemaining = fields.SecondsRemaining,
            RecordType = fields.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
        });
    }
}
