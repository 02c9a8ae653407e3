using System.Collections.Immutable;
using NewsModel.Consent;
using static NewsModel.Tests.Consent.ConsentTestData;

namespace NewsModel.Tests.Consent;

public sealed class ConsentRecordTests
{
    private static ConsentRecord Sample(ImmutableArray<ConsentPurposeChoice> choices = default) => new()
    {
        Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Decision = ConsentDecision.Custom,
        CreatedAt = Start,
        ExpiresAt = Start.AddDays(1),
        PolicyRevision = 1,
        Language = "yo",
        NoticeHash = new string('a', 64),
        Choices = choices.IsDefault ? [Choice("analytics", ConsentChoice.Granted)] : choices,
    };

    private static ConsentPurposeChoice Choice(string id, ConsentChoice choice) => new() { PurposeId = id, Choice = choice };

    [Fact]
    public void Instants_AreStoredInUtc_RoundedDownToTheSecond()
    {
        var local = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 999, TimeSpan.FromHours(2)).AddTicks(1234);

        var record = Sample() with { CreatedAt = local };

        record.CreatedAt.Should().Be(new DateTimeOffset(2025, 1, 2, 1, 4, 5, TimeSpan.Zero));
        record.CreatedAt.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Choices_AreSortedByOrdinalId_WithNotAskedDropped()
    {
        var record = Sample([Choice("zeta", ConsentChoice.Denied), Choice("analytics", ConsentChoice.NotAsked), Choice("alpha", ConsentChoice.Granted), Choice("beta", ConsentChoice.Granted)]);

        record.Choices.Select(c => c.PurposeId).Should().Equal("alpha", "beta", "zeta");
        record.GetChoice("analytics").Should().Be(ConsentChoice.NotAsked);
        record.GetChoice("zeta").Should().Be(ConsentChoice.Denied);
        record.GetChoice("beta").Should().Be(ConsentChoice.Granted);
    }

    [Fact]
    public void GetChoice_BinarySearch_AgreesWithALinearScan_ForEveryListedAndUnlistedId()
    {
        var ids = Enumerable.Range(0, 40).Select(i => "p" + (i * 7 % 40).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var record = Sample([.. ids.Select((id, i) => Choice(id, i % 2 == 0 ? ConsentChoice.Granted : ConsentChoice.Denied))]);

        foreach (var id in ids.Concat(["a", "p", "p400", "zz"]))
        {
            var linear = record.Choices.Where(c => c.PurposeId == id).Select(c => c.Choice).DefaultIfEmpty(ConsentChoice.NotAsked).Single();
            record.GetChoice(id).Should().Be(linear, id);
        }
    }

    [Theory]
    [InlineData("necessary")]
    [InlineData("Analytics")]
    [InlineData("1abc")]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("abcdefghijabcdefghijabcdefghijabc")]
    public void Choices_InvalidOrEssentialId_Throws(string id)
    {
        var act = () => Sample([Choice(id, ConsentChoice.Granted)]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Choices_DuplicateOrTooMany_Throw()
    {
        var duplicate = () => Sample([Choice("a", ConsentChoice.Granted), Choice("a", ConsentChoice.Denied)]);
        var tooMany = () => Sample([.. Enumerable.Range(0, 65).Select(i => Choice("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ConsentChoice.Granted))]);
        var undefined = () => Sample([Choice("a", (ConsentChoice)7)]);

        duplicate.Should().Throw<ArgumentException>().WithMessage("*\"a\"*");
        tooMany.Should().Throw<ArgumentException>().WithMessage("*65*64*");
        undefined.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Members_InvalidValues_Throw()
    {
        var record = Sample();

        ((Action)(() => _ = record with { Id = Guid.Empty })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = record with { Decision = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = record with { PolicyRevision = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = record with { Language = "en_US" })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = record with { NoticeHash = "abc" })).Should().Throw<ArgumentException>();
        ((Action)(() => _ = record with { CreatedAt = DateTimeOffset.UnixEpoch.AddTicks(-1) })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void NoticeHash_IsStoredInLowercase()
        => (Sample() with { NoticeHash = new string('F', 64) }).NoticeHash.Should().Be(new string('f', 64));

    [Fact]
    public void Equality_IsByValue_IncludingChoices()
    {
        var left = Sample([Choice("b", ConsentChoice.Granted), Choice("a", ConsentChoice.Denied)]);
        var right = Sample([Choice("a", ConsentChoice.Denied), Choice("b", ConsentChoice.Granted)]);

        left.Should().Be(right);
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Should().NotBe(right with { Choices = [Choice("a", ConsentChoice.Granted), Choice("b", ConsentChoice.Granted)] });
        left.Should().NotBe(right with { GlobalPrivacyControl = true });
    }

    [Fact]
    public void ToString_PrintsTheChoices()
        => Sample([Choice("analytics", ConsentChoice.Granted), Choice("advertising", ConsentChoice.Denied)]).ToString()
            .Should().Contain("Id = 0f8fad5b-d9cb-469f-a165-70867728950e, ").And.Contain("Choices = [advertising = Denied, analytics = Granted]").And.Contain("CreatedAt = \"2025-08-31T12:30:15.0000000+00:00\"");

    [Fact]
    public void Purpose_Create_ValidatesIdsAndLanguages()
    {
        var weather = ConsentPurpose.Create("weather", [new ConsentPurposeText { Language = "en", Name = "Weather", Description = "Local forecasts." }]);

        weather.Id.Should().Be("weather");
        weather.IsEssential.Should().BeFalse();
        weather.Should().Be(ConsentPurpose.Create("weather", []));
        ((Action)(() => ConsentPurpose.Create("analytics", []))).Should().Throw<ArgumentException>().WithMessage("*NewsModel's own*");
        ((Action)(() => ConsentPurpose.Create("Weather", []))).Should().Throw<ArgumentException>();
        ((Action)(() => ConsentPurpose.Create("w", [
            new ConsentPurposeText { Language = "fr", Name = "M", Description = "D" },
            new ConsentPurposeText { Language = "FR", Name = "M", Description = "D" }]))).Should().Throw<ArgumentException>();
    }
}
