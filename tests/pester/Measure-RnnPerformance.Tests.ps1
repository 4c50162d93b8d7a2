BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Measure-RnnPerformance' {
    Context 'timing' {
        It 'times one workload - parameter' {
            $row = Measure-RnnPerformance -Workload addition-100 -Seconds 0.01 -Backend Managed
            $row.Workload | Should -Be 'addition-100'
            $row.Backend | Should -Be 'managed'
            $row.MsPerIteration | Should -BeGreaterThan 0
        }
        It 'takes its settings from objects - piped' {
            $row = [pscustomobject]@{ Workload = 'addition-100'; Seconds = '0.01'; Backend = 'Managed' } | Measure-RnnPerformance
            $row.Iterations | Should -BeGreaterThan 0
        }
    }
    Context 'errors' {
        It 'refuses an unknown workload - parameter' {
            { Measure-RnnPerformance -Workload frobnicate } | Should -Throw -ErrorId 'InvalidHyperParameter,*'
        }
    }
}
