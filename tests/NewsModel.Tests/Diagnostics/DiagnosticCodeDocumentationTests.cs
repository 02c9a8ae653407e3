using System.Globalization;
using System.Text.RegularExpressions;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Diagnostics;

/// <summary>The README's table of diagnostic codes is what users look codes up in: it must list every code the library has, and no other.</summary>
public sealed partial class DiagnosticCodeDocumentationTests
{
    [Fact]
    public void ReadmeTable_ListsEveryCodeOnceAndNoOther()
    {
        var table = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"))
            .SkipWhile(line => line != "## Diagnostics")
            .SkipWhile(line => !line.StartsWith("| code |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .ToList();
        var documented = new List<int>();
        foreach (var row in table)
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries);
            var codes = CodeRange().Match(cells[1]);
            codes.Success.Should().BeTrue($"the row '{row}' starts with a code or a range of codes");
            var first = int.Parse(codes.Groups[1].Value, CultureInfo.InvariantCulture);
            var last = codes.Groups[2].Success ? int.Parse(codes.Groups[2].Value, CultureInfo.InvariantCulture) : first;
            documented.AddRange(Enumerable.Range(first, last - first + 1).Where(code => Enum.IsDefined((NewsDiagnosticCode)code)));
            if (!codes.Groups[2].Success)
            {
                cells[2].Should().Be($"`{(NewsDiagnosticCode)first}`", "a row names its code as the enum does");
            }
        }

        documented.Should().OnlyHaveUniqueItems();
        documented.Should().BeEquivalentTo(Enum.GetValues<NewsDiagnosticCode>().Select(code => (int)code));
    }

    [GeneratedRegex(@"^NM(\d{4})(?:–NM(\d{4}))?$")]
    private static partial Regex CodeRange();
}
