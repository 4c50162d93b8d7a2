BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Test-RnnGradient' {
    Context 'results' {
        It 'returns $true for the engine - parameter' {
            Test-RnnGradient | Should -BeTrue
        }
        It 'returns $false for an impossible tolerance - parameter' {
            Test-RnnGradient -Tolerance 1e-300 | Should -BeFalse
        }
        It 'returns the record with -Detailed - parameter' {
            $record = Test-RnnGradient -Activation Sigmoid -OutputFunction Logistic -Detailed
            $record.LossKind | Should -Be 'BinaryCrossEntropy'
            $record.MaxRelativeError | Should -BeLessThan 1e-6
            $record.Passed | Should -BeTrue
        }
        It 'checks a given model - piped' {
            New-RnnModel -InputSize 2 -HiddenSize 3 -OutputSize 2 -OutputFunction Softmax -Precision Float64 | Test-RnnGradient | Should -BeTrue
        }
    }
    Context 'errors' {
        It 'refuses a size out of range - parameter' {
            { Test-RnnGradient -HiddenSize 0 } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        }
    }
}
