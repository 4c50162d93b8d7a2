BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:ModelPath = Join-Path $TestDrive 'm.json'
    New-RnnModel -InputSize 6 -HiddenSize 8 -OutputSize 4 -OutputFunction Softmax -Precision Float64 | Export-RnnModel $script:ModelPath
}

Describe 'Import-RnnModel' {
    Context 'reading' {
        It 'reads sizes, functions and precision - parameter' {
            $model = Import-RnnModel -Path $script:ModelPath
            $model.OutputSize | Should -Be 4
            $model.Precision | Should -Be 'Float64'
        }
        It 'reads files from Get-ChildItem - piped' {
            @(Get-ChildItem (Join-Path $TestDrive '*.json') | Import-RnnModel) | Should -HaveCount 1
        }
        It 'resolves relative paths against the current location - parameter' {
            Push-Location $TestDrive
            try { (Import-RnnModel ./m.json).InputSize | Should -Be 6 } finally { Pop-Location }
        }
    }
    Context 'errors' {
        It 'names a malformed file - parameter' {
            $bad = Join-Path $TestDrive 'bad.json'
            Set-Content -Path $bad -Value '{ "format": "rnntools.model" '
            { Import-RnnModel $bad } | Should -Throw -ErrorId 'InvalidInputFile,*'
        }
    }
}
