namespace RetailCrm.Benchmarks;

using BenchmarkDotNet.Running;

/// <summary>Runs the benchmarks: see docs/performance.md for the development and the reporting commands.</summary>
public static class Program
{
    /// <summary>Lets BenchmarkDotNet pick the benchmarks from the command line.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, e.g. <c>--filter *Segmentation*</c>.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
