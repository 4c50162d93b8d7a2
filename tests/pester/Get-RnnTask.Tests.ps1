BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Get-RnnTask' {
    Context 'listing' {
        It 'lists every task variant - parameter' {
            @(Get-RnnTask) | Should -HaveCount 20
        }
        It 'filters one task - parameter' {
            Get-RnnTask -Task NoiselessMemorization | ForEach-Object Variant | Should -Be 'Pascanu'
        }
        It 'filters one task - piped' {
            @(New-RnnTask -Name TemporalOrder | Get-RnnTask | ForEach-Object Mode) | Should -Contain 'Mixed'
        }
        It 'gives the sizes of a task' {
            $row = Get-RnnTask TemporalOrder | Where-Object Variant -EQ 'Galvan' | Select-Object -First 1
            $row.InputSize | Should -Be 6
            $row.OutputSize | Should -Be 4
        }
    }
}
