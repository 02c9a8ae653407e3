using BenchmarkDotNet.Running;
using NewsModel.Benchmarks;

if (args is ["convert-floor", var input, var output])
{
    return ConvertFloor.Run(input, output);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
