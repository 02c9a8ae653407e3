using System.Text;
using NewsModel.Cli;

// The real entry point: the console's streams, UTF-8 without a byte order mark, LF line ends.
using var stdin = Console.OpenStandardInput();
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n", AutoFlush = true };
return NewsModelCommand.Run(args, stdin, stdout, stderr);
