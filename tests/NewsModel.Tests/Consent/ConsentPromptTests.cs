using System.Security.Cryptography;
using System.Text;
using NewsModel.Consent;

namespace NewsModel.Tests.Consent;

public sealed class ConsentPromptTests
{
    [Fact]
    public void HashNotice_IsTheSha256OfTheDocumentedCanonicalText()
    {
        var notice = ConsentTestData.NewNotice("Àwọn kúkì", "Ọ̀rọ̀\r\nline two", [new ConsentAction(ConsentActionKind.Accept, "Gbà"), new ConsentAction(ConsentActionKind.Other, "Ètò")]);

        // Written from the specification by hand: lengths are UTF-8 byte counts.
        var expected = "newsmodel-consent-notice/1\n"
            + $"title {Encoding.UTF8.GetByteCount("Àwọn kúkì")}\nÀwọn kúkì\n"
            + $"message {Encoding.UTF8.GetByteCount("Ọ̀rọ̀\r\nline two")}\nỌ̀rọ̀\r\nline two\n"
            + $"accept {Encoding.UTF8.GetByteCount("Gbà")}\nGbà\n"
            + $"other {Encoding.UTF8.GetByteCount("Ètò")}\nÈtò\n";

        ConsentPrompt.GetCanonicalNoticeText(notice).Should().Be(expected);
        ConsentPrompt.HashNotice(notice).Should().Be(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(expected))).ToLowerInvariant());
    }

    [Fact]
    public void HashNotice_NoMessage_LeavesTheFieldOut()
        => ConsentPrompt.GetCanonicalNoticeText(ConsentTestData.NewNotice("T", null, [new ConsentAction(ConsentActionKind.Decline, "No")]))
            .Should().Be("newsmodel-consent-notice/1\ntitle 1\nT\ndecline 2\nNo\n");

    public static TheoryData<ConsentNotice, ConsentNotice> LookAlikes => new()
    {
        // Text that spells another field's framing inside a field.
        { ConsentTestData.NewNotice("T", "a\naccept 1\nb"), ConsentTestData.NewNotice("T", "a", [new ConsentAction(ConsentActionKind.Accept, "b")]) },
        { ConsentTestData.NewNotice("T", ""), ConsentTestData.NewNotice("T", null) },
        { ConsentTestData.NewNotice("T", "m", [new ConsentAction(ConsentActionKind.Accept, "OK")]), ConsentTestData.NewNotice("T", "m", [new ConsentAction(ConsentActionKind.Other, "OK")]) },
        { ConsentTestData.NewNotice("T", "m", [new ConsentAction(ConsentActionKind.Accept, "A"), new ConsentAction(ConsentActionKind.Decline, "D")]),
          ConsentTestData.NewNotice("T", "m", [new ConsentAction(ConsentActionKind.Decline, "D"), new ConsentAction(ConsentActionKind.Accept, "A")]) },
        { ConsentTestData.NewNotice("T ", "m"), ConsentTestData.NewNotice("T", "m") },
        { ConsentTestData.NewNotice("é", "m"), ConsentTestData.NewNotice("e\u0301", "m") }, // NFC and NFD are different texts: nothing is normalized
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void HashNotice_DifferentNotices_HashDifferently(ConsentNotice left, ConsentNotice right)
        => ConsentPrompt.HashNotice(left).Should().NotBe(ConsentPrompt.HashNotice(right));

    [Fact]
    public void HashNotice_LoneSurrogate_Throws()
    {
        var act = () => ConsentPrompt.HashNotice(ConsentTestData.NewNotice("T\uD800", null));

        act.Should().Throw<ArgumentException>().WithMessage("*UTF-16*");
    }

    [Fact]
    public void ForNotice_CarriesTheLanguageAndHash()
    {
        var prompt = ConsentPrompt.ForNotice(ConsentTestData.Notice, "pt-BR");

        prompt.Language.Should().Be("pt-BR");
        prompt.NoticeHash.Should().Be(ConsentPrompt.HashNotice(ConsentTestData.Notice));
        prompt.GlobalPrivacyControl.Should().BeFalse();
    }
}
