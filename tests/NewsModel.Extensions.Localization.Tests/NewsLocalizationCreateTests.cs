using NewsModel.Localization;

namespace NewsModel.Extensions.Localization.Tests;

public sealed class NewsLocalizationCreateTests
{
    [Fact]
    public void Create_WithoutArgumentsOrWithNull_IsTheDefault()
    {
        // Create(null) fits both overloads (configure and options); it binds to "no additions" instead of failing to compile.
        NewsLocalization.Create().Should().BeSameAs(NewsLocalization.Default);
        NewsLocalization.Create(null).Should().BeSameAs(NewsLocalization.Default);
        NewsLocalization.Create(new NewsLocalizationOptions()).Should().BeSameAs(NewsLocalization.Default);
    }
}
