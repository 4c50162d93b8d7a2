using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using RnnTools.Core.Backends;

Console.WriteLine(BackendRegistry.DescribeAll());
var style = new SummaryStyle(CultureInfo.InvariantCulture, printUnitsInHeader: true, sizeUnit: null,
    timeUnit: TimeUnit.Microsecond, printUnitsInContent: false);
IConfig config = ManualConfig.CreateMinimumViable()
    .WithSummaryStyle(style)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.Median)
    .AddExporter(new CsvExporter(CsvSeparator.Comma, style), new CsvMeasurementsExporter(CsvSeparator.Comma, style), MarkdownExporter.GitHub);
BenchmarkSwitcher.FromAssembly(typeof(RnnTools.Benchmarks.GemmBenchmarks).Assembly).Run(args, config);
