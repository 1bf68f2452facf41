using System.Text;

namespace QcdcBot.Tests.Conversation;

/// <summary>A quote or name shortened by the bot never ends inside a character (half an emoji, a letter without its accent).</summary>
public sealed class CutCharacterTests
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    [Fact]
    public async Task A_long_status_message_quoted_to_the_admins_is_cut_between_whole_characters()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        // The 200th UTF-16 unit is the first half of the emoji.
        var text = "đã gửi bản giấy " + new string('x', 183) + "👍 qua văn thư, anh chị kiểm tra giúp em";

        var result = await bot.SayAsync(secretary, text);

        var notice = Assert.Single(result.Proactive, p => p.Message.Text.Contains("Nguyên văn", StringComparison.Ordinal)).Message.Text;
        Strict.GetBytes(notice);
        Assert.Contains("x\"", notice.Replace("…", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_invite_code_ending_in_an_emoji_is_echoed_without_half_of_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        // The 20th UTF-16 unit is the first half of the emoji.
        var typed = "/dangky " + new string('a', 19) + "🙏 xin dang ky";

        var reply = (await bot.SayAsync("thuky-moi", typed)).Text();

        Assert.Contains("Mã đăng ký gồm", reply, StringComparison.Ordinal);
        Strict.GetBytes(reply);
    }
}
