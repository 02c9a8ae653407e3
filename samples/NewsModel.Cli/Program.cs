using System.Text;
using NewsModel.Cli;

// The real entry point: the console's streams, UTF-8 without a byte order mark, LF line ends.
using var stdin = Console.OpenStandardInput();
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n", AutoFlush = true };
// Ctrl+C: convert stops cleanly (the pages already read are written whole); a second Ctrl+C ends the process.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
return NewsModelCommand.Run(args, stdin, stdout, stderr, stderrIsTerminal: !Console.IsErrorRedirected, cancellation.Token);
