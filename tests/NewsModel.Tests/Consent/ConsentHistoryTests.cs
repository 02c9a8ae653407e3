using System.Text.Json;
using NewsModel.Consent;
using static NewsModel.Tests.Consent.ConsentTestData;

namespace NewsModel.Tests.Consent;

public sealed class ConsentHistoryTests
{
    private readonly ManualClock _clock = new(Start);

    [Fact]
    public void Append_ClassifiesEachStep()
    {
        var policy = Policy(_clock, lifetime: TimeSpan.FromDays(10));
        var history = ConsentHistory.Empty.Append(policy.FromPrivacySignal("en"));
        history = history.Append(policy.AcceptAll(Prompt));
        _clock.Advance(TimeSpan.FromDays(1));
        history = history.Append(policy.Customize(Prompt, [ConsentPurpose.Analytics]));
        history = history.Append(policy.Withdraw(Prompt));
        _clock.Advance(TimeSpan.FromDays(10));
        history = history.Append(policy.RejectAll(Prompt));
        history = history.Append(Policy(_clock, revision: 4).AcceptAll(Prompt));

        history.Entries.Select(e => e.Event).Should().Equal(
            ConsentHistoryEvent.PrivacySignal, ConsentHistoryEvent.Given, ConsentHistoryEvent.Changed,
            ConsentHistoryEvent.Withdrawn, ConsentHistoryEvent.Reasked, ConsentHistoryEvent.Reasked);
        history.Current!.PolicyRevision.Should().Be(4);
    }

    [Fact]
    public void Append_IsAppendOnly_OlderRecordsAndRepeatedIdsThrow()
    {
        var policy = Policy(_clock);
        var first = policy.AcceptAll(Prompt);
        var history = ConsentHistory.Empty.Append(first);

        var older = () => history.Append(first with { Id = ConsentRecord.NewId(), CreatedAt = Start.AddSeconds(-1) });
        var repeated = () => history.Append(first with { CreatedAt = Start.AddSeconds(1) });

        older.Should().Throw<ArgumentException>();
        repeated.Should().Throw<ArgumentException>().WithMessage($"*{first.Id}*");
        history.Entries.Should().HaveCount(1);
    }

    [Fact]
    public void Json_EveryDecisionAndChoiceCombination_RoundTrips()
    {
        var policy = Policy(_clock);
        var history = ConsentHistory.Empty;
        foreach (var decision in Enum.GetValues<ConsentDecision>())
        {
            for (var combination = 0; combination < 81; combination++)
            {
                var choices = ConsentPurpose.Standard.Select((p, i) => new ConsentPurposeChoice { PurposeId = p.Id, Choice = (ConsentChoice)(combination / (int)Math.Pow(3, i) % 3) });
                var hash = combination % 2 == 0 ? Prompt.NoticeHash : null;
                history = history.Append(policy.AcceptAll(Prompt) with { Decision = decision, NoticeHash = hash, GlobalPrivacyControl = combination % 3 == 0, Choices = [.. choices] });
                _clock.Advance(TimeSpan.FromMinutes(combination));
            }
        }

        var json = ConsentHistoryJson.Serialize(history);
        var indented = ConsentHistoryJson.Serialize(history, new NewsPageJsonOptions { WriteIndented = true });

        ConsentHistoryJson.Deserialize(json).Should().Be(history);
        ConsentHistoryJson.Deserialize(indented).Should().Be(history);
        history.Entries.Should().HaveCount(405);
    }

    [Fact]
    public void Serialize_WritesTheDocumentedSchema()
    {
        var record = new ConsentRecord
        {
            Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            Decision = ConsentDecision.Custom,
            CreatedAt = Start,
            ExpiresAt = Start.AddDays(1),
            PolicyRevision = 3,
            Language = "yo",
            NoticeHash = new string('c', 64),
            GlobalPrivacyControl = true,
            Choices = [new() { PurposeId = "analytics", Choice = ConsentChoice.Granted }, new() { PurposeId = "advertising", Choice = ConsentChoice.Denied }],
        };

        var json = ConsentHistoryJson.Serialize(ConsentHistory.Empty.Append(record));

        var expected = """
            {"schemaVersion":1,"entries":[{"event":"given","record":{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","decision":"custom","createdAt":"2025-08-31T12:30:15Z","expiresAt":"2025-09-01T12:30:15Z","policyRevision":3,"language":"yo","noticeHash":"HASH","globalPrivacyControl":true,"choices":{"advertising":"denied","analytics":"granted"}}}]}
            """.Replace("HASH", new string('c', 64), StringComparison.Ordinal);
        json.Should().Be(expected);
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("entries")[0].GetProperty("record").GetProperty("createdAt").GetDateTimeOffset().Should().Be(Start);
    }

    [Fact]
    public void Deserialize_MissingEntriesAndHash_ReadAsEmpty()
    {
        ConsentHistoryJson.Deserialize("""{"schemaVersion":1}""").Should().Be(ConsentHistory.Empty);
        var json = ConsentHistoryJson.Serialize(ConsentHistory.Empty.Append(Policy(_clock).FromPrivacySignal("en")));

        json.Should().NotContain("noticeHash");
        ConsentHistoryJson.Deserialize(json).Current!.NoticeHash.Should().BeNull();
        ConsentHistoryJson.Deserialize(json.Replace("\"globalPrivacyControl\"", "\"noticeHash\":null,\"globalPrivacyControl\"", StringComparison.Ordinal))
            .Current!.NoticeHash.Should().BeNull();
    }

    private const string Record = """{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","decision":"acceptAll","createdAt":"2025-08-31T12:30:15Z","expiresAt":"2025-09-01T12:30:15Z","policyRevision":3,"language":"en","globalPrivacyControl":false,"choices":{"analytics":"granted"}}""";

    private static string One(string record, string @event = "given") => $$"""{"schemaVersion":1,"entries":[{"event":"{{@event}}","record":{{record}}}]}""";

    public static TheoryData<string, NewsDiagnosticCode, string> Errors => new()
    {
        { "", NewsDiagnosticCode.InvalidJson, "$" },
        { "{", NewsDiagnosticCode.InvalidJson, "$" },
        { "[]", NewsDiagnosticCode.InvalidJsonValue, "$" },
        { "null", NewsDiagnosticCode.InvalidJsonValue, "$" },
        { """{"entries":[]}""", NewsDiagnosticCode.MissingJsonProperty, "$.schemaVersion" },
        { """{"schemaVersion":2}""", NewsDiagnosticCode.UnsupportedSchemaVersion, "$.schemaVersion" },
        { """{"schemaVersion":"1"}""", NewsDiagnosticCode.InvalidJsonValue, "$.schemaVersion" },
        { """{"schemaVersion":1,"schemaVersion":1}""", NewsDiagnosticCode.DuplicateJsonProperty, "$.schemaVersion" },
        { """{"schemaVersion":1,"extra":0}""", NewsDiagnosticCode.InvalidJsonValue, "$.extra" },
        { """{"schemaVersion":1,"entries":null}""", NewsDiagnosticCode.InvalidJsonValue, "$.entries" },
        { """{"schemaVersion":1,"entries":[null]}""", NewsDiagnosticCode.InvalidJsonValue, "$.entries[0]" },
        { """{"schemaVersion":1,"entries":[{"event":"given"}]}""", NewsDiagnosticCode.MissingJsonProperty, "$.entries[0].record" },
        { """{"schemaVersion":1,"entries":[{"record":{}}]}""", NewsDiagnosticCode.MissingJsonProperty, "$.entries[0].record.id" },
        { """{"schemaVersion":1,"entries":[],}""", NewsDiagnosticCode.InvalidJson, "$.entries" },
        { """{"schemaVersion":1 /* c */}""", NewsDiagnosticCode.InvalidJson, "$.schemaVersion" },
        { One(Record, "changed"), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].event" },
        { One(Record, "Given"), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].event" },
        { One(Record.Replace("acceptAll", "accept", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.decision" },
        { One(Record.Replace("0f8fad5b-d9cb-469f-a165-70867728950e", "00000000-0000-0000-0000-000000000000", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.id" },
        { One(Record.Replace("0f8fad5b-d9cb-469f-a165-70867728950e", "{0f8fad5b-d9cb-469f-a165-70867728950e}", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.id" },
        { One(Record.Replace("2025-08-31T12:30:15Z", "2025-08-31T12:30:15.5Z", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.createdAt" },
        { One(Record.Replace("2025-08-31T12:30:15Z", "2025-08-31T14:30:15+02:00", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.createdAt" },
        { One(Record.Replace("2025-08-31T12:30:15Z", "1969-12-31T23:59:59Z", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.createdAt" },
        { One(Record.Replace("\"policyRevision\":3", "\"policyRevision\":0", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.policyRevision" },
        { One(Record.Replace("\"policyRevision\":3", "\"policyRevision\":3.5", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.policyRevision" },
        { One(Record.Replace("\"en\"", "\"en_GB\"", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.language" },
        { One(Record.Replace("\"language\":\"en\"", "\"language\":null", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.language" },
        { One(Record.Replace("\"globalPrivacyControl\":false", "\"globalPrivacyControl\":0", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.globalPrivacyControl" },
        { One(Record.Replace(",\"globalPrivacyControl\":false", "", StringComparison.Ordinal)), NewsDiagnosticCode.MissingJsonProperty, "$.entries[0].record.globalPrivacyControl" },
        { One(Record.Replace("\"globalPrivacyControl\"", "\"noticeHash\":\"ABC\",\"globalPrivacyControl\"", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.noticeHash" },
        { One(Record.Replace("\"granted\"", "\"yes\"", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.choices.analytics" },
        { One(Record.Replace("\"granted\"", "\"notAsked\"", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.choices.analytics" },
        { One(Record.Replace("\"analytics\"", "\"necessary\"", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.choices.necessary" },
        { One(Record.Replace("{\"analytics\":\"granted\"}", "{\"analytics\":\"granted\",\"analytics\":\"denied\"}", StringComparison.Ordinal)), NewsDiagnosticCode.DuplicateJsonProperty, "$.entries[0].record.choices.analytics" },
        { One(Record.Replace("\"choices\"", "\"color\":1,\"choices\"", StringComparison.Ordinal)), NewsDiagnosticCode.InvalidJsonValue, "$.entries[0].record.color" },
        { $$"""{"schemaVersion":1,"entries":[{"event":"given","record":{{Record}}},{"event":"changed","record":{{Record}}}]}""", NewsDiagnosticCode.InvalidJsonValue, "$.entries[1].record.id" },
        { $$"""{"schemaVersion":1,"entries":[{"event":"given","record":{{Record}}},{"event":"changed","record":{{Record.Replace("0f8fad5b", "1f8fad5b", StringComparison.Ordinal).Replace("2025-08-31T12:30:15Z", "2025-08-31T12:30:14Z", StringComparison.Ordinal)}}}]}""", NewsDiagnosticCode.InvalidJsonValue, "$.entries[1].record.createdAt" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void TryDeserialize_InvalidHistory_ReportsTheCodeAndPath(string json, NewsDiagnosticCode code, string path)
    {
        var result = ConsentHistoryJson.DeserializeWithDiagnostics(json);
        ConsentHistoryJson.TryDeserialize(json, out var history).Should().BeFalse();

        result.Success.Should().BeFalse();
        history.Should().BeNull();
        var error = result.Diagnostics.Single();
        error.Code.Should().Be(code, error.Message);
        error.Path.Should().Be(path, error.Message);
        error.IsError.Should().BeTrue();
        error.Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void TryDeserialize_ValidSingleEntry_Reads()
        => ConsentHistoryJson.Deserialize(One(Record)).Current!.GetChoice(ConsentPurpose.Analytics).Should().Be(ConsentChoice.Granted);

    [Fact]
    public void TryDeserialize_Error_NamesLineAndColumnOfTheValue()
    {
        var json = "{\n  \"schemaVersion\": 1,\n  \"entries\": [\n    {\"event\": \"given\", \"record\": 5}\n  ]\n}";

        var error = ConsentHistoryJson.DeserializeWithDiagnostics(json).Diagnostics.Single();

        (error.Line, error.Column).Should().Be((4, 34));
        error.Path.Should().Be("$.entries[0].record");
        var thrown = () => ConsentHistoryJson.Deserialize(json);
        thrown.Should().Throw<NewsFormatException>().Which.Diagnostic!.Path.Should().Be("$.entries[0].record");
    }

    [Fact]
    public void TryDeserialize_TooDeep_IsRefusedByTheDepthLimit()
    {
        var result = ConsentHistoryJson.DeserializeWithDiagnostics(One(Record), new NewsPageJsonOptions { MaxDepth = 3 });

        result.Diagnostics.Single().Code.Should().Be(NewsDiagnosticCode.JsonTooDeep);
    }

    [Fact]
    public void TryDeserialize_OverTheInputLimit_IsRefusedBeforeReading()
    {
        var json = One(Record);
        var options = new NewsPageJsonOptions { MaxInputLength = json.Length - 1 };

        ConsentHistoryJson.TryDeserialize(json, options, out _).Should().BeFalse();
        ConsentHistoryJson.DeserializeWithDiagnostics(json, options).Diagnostics.Single().Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
        ConsentHistoryJson.TryDeserialize(json, options with { MaxInputLength = json.Length }, out _).Should().BeTrue();
    }
}
