using System.Text;

namespace NewsModel.Tests.Diagnostics;

/// <summary>The one builder of diagnostics: positions, JSON paths, a stream's record index and line offset, strict mode.</summary>
public sealed class DiagnosticBagTests
{
    [Theory]
    [InlineData("{\"a\": 1}", 6, 1, 7)]
    [InlineData("{\n  \"a\": 1\n}", 9, 2, 8)]
    [InlineData("{\r\n  \"é\": x\r\n}", 11, 2, 8)] // é is two bytes of UTF-8 and one UTF-16 unit; CRLF is one line end
    [InlineData("[\"😀\", x]", 9, 1, 8)] // the emoji is four bytes and two UTF-16 units
    public void ErrorAt_ByteOffset_IsTheLineAndUtf16ColumnOfThatByte(string json, int offset, int line, int column)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var bag = DiagnosticBag.ForErrors();

        bag.ErrorAt(utf8, offset, NewsDiagnosticCode.InvalidJson, "message", "$.a");

        // The oracle: count the line ends before the offset and the UTF-16 units of the text after the last one.
        var before = Encoding.UTF8.GetString(utf8, 0, offset);
        var lineStart = Math.Max(before.LastIndexOf('\n') + 1, 0);
        (before.Count(c => c == '\n') + 1).Should().Be(line);
        (before.Length - lineStart + 1).Should().Be(column);
        bag.ToImmutable().Should().Equal(new NewsDiagnostic { Code = NewsDiagnosticCode.InvalidJson, Severity = NewsDiagnosticSeverity.Error, Message = "message", Line = line, Column = column, Path = "$.a" });
    }

    [Fact]
    public void ToResult_DocumentOfAStream_CarriesItsRecordAndTheStreamsLines()
    {
        var bag = new DiagnosticBag(strict: false, DiagnosticBag.NoLimit) { Record = 4, FirstLine = 12 };

        bag.Warning(NewsDiagnosticCode.UnclassifiedText, "warning", 2, 3);
        bag.Error(NewsDiagnosticCode.ReadFailed, "no position", 0, 0);
        var result = bag.ToResult<NewsPage>(new NewsPage());

        result.Success.Should().BeFalse("an error stops the read");
        result.Diagnostics.Should().OnlyContain(d => d.Record == 4);
        result.Diagnostics.Select(d => d.Line).Should().BeEquivalentTo([13, 0], "line 2 of a document on line 12 is line 13; an unknown line stays unknown");
    }

    [Fact]
    public void Warning_StrictBag_IsAnError()
    {
        var bag = new DiagnosticBag(strict: true, DiagnosticBag.NoLimit);

        bag.Warning(NewsDiagnosticCode.OrphanBadge, "badge", 1, 1);

        bag.HasErrors.Should().BeTrue();
        bag.ToResult<NewsPage>(new NewsPage()).Diagnostics.Single().Severity.Should().Be(NewsDiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData(null, null, "3:14: error NM3003: m")]
    [InlineData(null, "$.a", "3:14: error NM3003: m (at $.a)")]
    [InlineData(2, null, "3:14: error NM3003: m (record 2)")]
    [InlineData(2, "$.a", "3:14: error NM3003: m (record 2, at $.a)")]
    public void Format_RecordOfAStream_IsNamedAfterTheMessage(int? record, string? path, string expected)
    {
        var diagnostic = new NewsDiagnostic { Code = NewsDiagnosticCode.MissingJsonProperty, Severity = NewsDiagnosticSeverity.Error, Message = "m", Line = 3, Column = 14, Path = path, Record = record };

        diagnostic.Format(source: null).Should().Be(expected);
    }

    [Fact]
    public void Record_Negative_IsRefused()
    {
        var act = () => new NewsDiagnostic { Code = NewsDiagnosticCode.InvalidJson, Severity = NewsDiagnosticSeverity.Error, Message = "m", Record = -1 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
