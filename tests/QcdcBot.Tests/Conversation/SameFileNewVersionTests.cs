using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "bản mới" with files the unit's current hand-in already holds (one of its files again, a double tap) changes
/// nothing: a version of only that file would make the rest of the hand-in (the signed Word file) an old version.
/// </summary>
public sealed class SameFileNewVersionTests
{
    [Theory]
    [InlineData("bc.pdf", "ban moi")]
    [InlineData("bc.pdf", "#1 bản mới thay bản trước")]
    [InlineData("ban chinh thuc.docx", "gui lai ban moi")]
    public async Task One_file_of_the_hand_in_again_as_a_new_version_is_said_received_and_stores_no_version(string again, string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var colleague = await bot.RegisterSecretaryAsync("NHNN", "thuky-nhnn-2");
        await bot.AssignAsync("Kế hoạch tuyên truyền QCDC năm 2025 trước ngày 15/11/2024 cho NHNN");
        await bot.SendFilesAsync(secretary, [new FakeFile("bc.pdf", [1, 1]), new FakeFile("ban chinh thuc.docx", [2, 2])], "#1");
        bot.SetLocalTime(2024, 10, 22, 9, 0);

        var result = await bot.SendFilesAsync(secretary, [new FakeFile(again, again.EndsWith(".pdf", StringComparison.Ordinal) ? [1, 1] : [2, 2])], caption);

        Assert.Contains("đã được nhận trước đó", result.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Proactive, p => p.To.ChatId == colleague);
        var only = Assert.Single(await bot.Get<SubmissionStore>().AllForDeadlineAsync(1));
        Assert.Equal(2, only.Files.Count);
    }
}
