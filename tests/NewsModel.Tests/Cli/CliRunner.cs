using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>What one run of the command line printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <see cref="NewsModelCommand.Run(string[], Stream, TextWriter, TextWriter)"/> in-process with captured streams.</summary>
internal static class CliRunner
{
    public static CliRun Run(params string[] args) => RunWithStdin(new MemoryStream(), args);

    public static CliRun RunWithStdin(byte[] stdin, params string[] args) => RunWithStdin(new MemoryStream(stdin), args);

    public static CliRun RunWithStdin(Stream stdin, params string[] args)
    {
        using (stdin)
        using (var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" })
        {
            var exitCode = NewsModelCommand.Run(args, stdin, stdout, stderr);
            return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
        }
    }
}
