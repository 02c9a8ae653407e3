using System.Runtime.InteropServices;
using NewsModel.Localization;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Localization;

/// <summary>Issue 6 §2: nothing public hands out state a caller could change for the whole process.</summary>
public sealed class LabelImmutabilityTests
{
    [Fact]
    public void All_CastToAList_CannotBeChanged()
    {
        var before = LabelKeys.All.ToArray();

        var change = () => ((IList<LabelKey>)LabelKeys.All)[0] = LabelKey.ReadingTime;

        change.Should().Throw<NotSupportedException>();
        LabelKeys.All.Should().Equal(before);
        LabelKeys.All.Should().Equal(Enum.GetValues<LabelKey>());
    }

    [Fact]
    public void Languages_ReadTwice_IsOneArrayBuiltOnce()
    {
        var catalog = LabelCatalog.Default;

        ImmutableCollectionsMarshal.AsArray(catalog.Languages).Should().BeSameAs(ImmutableCollectionsMarshal.AsArray(catalog.Languages));
        catalog.Languages.Should().Equal(catalog.LabelSets.Select(set => set.Language));
    }

    [Fact]
    public void Direction_HasNoSetter_AndIsComputedForEveryWayOfBuildingASet()
    {
        typeof(LabelSet).GetProperty(nameof(LabelSet.Direction))!.SetMethod.Should().BeNull();

        var arabic = new LabelSet("ar-x", [KeyValuePair.Create(LabelKey.RelatedNews, "أخبار ذات صلة")]);
        arabic.Direction.Should().Be(TextDirection.RightToLeft);
        arabic.With([KeyValuePair.Create(LabelKey.RelatedNews, "Related")]).Direction.Should().Be(TextDirection.LeftToRight);
        arabic.Direction.Should().Be(TextDirection.RightToLeft);
        LabelSet.FromResources("ar-x", [KeyValuePair.Create("related_news", "أخبار ذات صلة")]).Direction.Should().Be(TextDirection.RightToLeft);
        LabelCatalog.Default.With(arabic).Find("ar-x")!.Direction.Should().Be(TextDirection.RightToLeft);
    }

    [Fact]
    public void PublicTypes_HoldNoStateThatChangesAfterConstruction()
    {
        // Writers that own a stream's position change by design; nothing else may.
        MutableState.FindIn(typeof(NewsPage).Assembly, typeof(NewsPageNdjsonWriter)).Should().BeEmpty();
    }
}
