namespace NewsModel.Tests.Model;

public sealed class SocialPlatformsTests
{
    [Theory]
    [InlineData("Reactions on X to the visit emphasise the invitation.", SocialPlatforms.X)]
    [InlineData("Users on Twitter mocked the plan.", SocialPlatforms.X)]
    [InlineData("Posts on Reddit and X asked for details.", SocialPlatforms.Reddit)]
    [InlineData("Fans on TikTok shared clips.", SocialPlatforms.TikTok)]
    [InlineData("«Vidéos sur YouTube» ont circulé.", SocialPlatforms.YouTube)]
    [InlineData("Neighbours praised the volunteers.", null)]
    [InlineData("An X-ray of the bridge showed cracks.", null)]
    [InlineData("Section 4X of the law applies.", null)]
    [InlineData("the word twitter in lower case is no platform name", null)]
    public void Detect_Paragraph_FindsTheFirstPlatformNamed(string text, string? expected)
    {
        SocialPlatforms.Detect(text).Should().Be(expected);
    }
}
