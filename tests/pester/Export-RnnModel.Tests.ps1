BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Export-RnnModel' {
    Context 'writing' {
        It 'writes a file Import-RnnModel reads back - piped' {
            $path = Join-Path $TestDrive 'piped.json'
            New-RnnModel -InputSize 2 -HiddenSize 4 -OutputSize 1 | Export-RnnModel $path
            (Import-RnnModel $path).HiddenSize | Should -Be 4
        }
        It 'writes a file - parameter' {
            $path = Join-Path $TestDrive 'parameter.json'
            Export-RnnModel -Path $path -InputObject (New-RnnModel -InputSize 2 -HiddenSize 3 -OutputSize 1)
            Test-Path $path | Should -BeTrue
        }
        It 'returns the model only with -PassThru - piped' {
            $path = Join-Path $TestDrive 'passthru.json'
            @(New-RnnModel -InputSize 2 -OutputSize 1 | Export-RnnModel $path) | Should -HaveCount 0
            @(New-RnnModel -InputSize 2 -OutputSize 1 | Export-RnnModel $path -PassThru) | Should -HaveCount 1
        }
        It 'writes nothing with -WhatIf - piped' {
            $path = Join-Path $TestDrive 'whatif.json'
            New-RnnModel -InputSize 2 -OutputSize 1 | Export-RnnModel $path -WhatIf
            Test-Path $path | Should -BeFalse
        }
    }
    Context 'refusals' {
        It 'refuses an existing file with -NoClobber - piped' {
            $path = Join-Path $TestDrive 'exists.json'
            Set-Content -Path $path -Value 'keep'
            { New-RnnModel -InputSize 2 -OutputSize 1 | Export-RnnModel $path -NoClobber } | Should -Throw -ErrorId 'ResultFileExists,*'
            Get-Content $path | Should -Be 'keep'
        }
        It 'replaces a read-only file only with -Force - parameter' {
            $path = Join-Path $TestDrive 'readonly.json'
            Set-Content -Path $path -Value 'keep'
            Set-ItemProperty -Path $path -Name IsReadOnly -Value $true
            $model = New-RnnModel -InputSize 2 -OutputSize 1
            { Export-RnnModel -Path $path -InputObject $model } | Should -Throw -ErrorId 'ResultWriteFailed,*'
            Export-RnnModel -Path $path -InputObject $model -Force
            (Import-RnnModel $path).InputSize | Should -Be 2
        }
    }
}
