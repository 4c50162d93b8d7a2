BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Get-RnnBackend' {
    Context 'listing' {
        It 'lists the four backends - parameter' {
            @(Get-RnnBackend | ForEach-Object Backend) | Should -Be @('mkl', 'openblas', 'managed', 'cuda')
        }
        It 'lists the four backends - piped' {
            @(Get-RnnBackend | Select-Object Backend, Available | ForEach-Object Backend) | Should -HaveCount 4
        }
        It 'always has the managed backend' {
            (Get-RnnBackend | Where-Object Backend -EQ 'managed').Available | Should -BeTrue
        }
        It 'never reports cuda available without a reason or a description' {
            $cuda = Get-RnnBackend | Where-Object Backend -EQ 'cuda'
            if ($cuda.Available) { $cuda.Description | Should -Not -BeNullOrEmpty } else { $cuda.Reason | Should -Not -BeNullOrEmpty }
        }
    }
}
