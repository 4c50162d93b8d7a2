@{
    RootModule           = 'RnnTools.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f5f0e-3a53-4a5e-9b8e-6d1c2f7a9e41'
    Author               = 'RnnTools contributors'
    CompanyName          = 'RnnTools'
    Copyright            = '(c) RnnTools contributors'
    Description          = 'Train and study Elman recurrent networks on long-term-dependency tasks: temporal gradient components, spectral diagnostics, reproducible training runs and sweeps.'
    CompatiblePSEditions = @('Core')
    PowerShellVersion    = '7.4'
    FormatsToProcess     = @('RnnTools.Format.ps1xml')
    CmdletsToExport      = @(
        'New-RnnTask', 'New-RnnModel', 'Export-RnnModel', 'Import-RnnModel', 'Invoke-RnnTraining', 'Measure-GradientNorm',
        'Test-RnnGradient', 'Get-RnnSpectrum', 'Import-RnnDataset', 'Get-RnnTask', 'Get-RnnBackend', 'Measure-RnnPerformance'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('RNN', 'MachineLearning', 'PSEdition_Core', 'Linux', 'Windows')
            ProjectUri   = 'https://example.invalid/rnntools'
            LicenseUri   = 'https://example.invalid/rnntools/LICENSE'
            ReleaseNotes = 'First release: backends, tasks, engine, training, experiments.'
        }
    }
}
