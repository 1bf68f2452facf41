namespace QcdcBot.Tests.Conversation;

/// <summary>/ghinhan by words: the deadline given to the unit wins over one of the same name, and "bản giấy" stays whole in the note.</summary>
public sealed class PaperRecordScopeTests
{
    [Theory]
    [InlineData("/ghinhan so van hoa the thao ra soat van ban nhan ngay 19/10")]
    [InlineData("/ghinhan SVHTTDL báo cáo rà soát văn bản")]
    public async Task A_deadline_named_by_title_is_the_one_given_to_the_unit(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo rà soát văn bản trước ngày 30/11/2024 cho NHNN, CTK");
        var theirs = await bot.AssignAsync("Báo cáo rà soát văn bản trước ngày 5/12/2024 cho SVHTTDL, STC");

        var asked = await bot.SayAsync(BotHarness.Admin, typed);

        Assert.DoesNotContain("không thuộc phạm vi", asked.Text(), StringComparison.Ordinal);
        Assert.Contains($"việc #{theirs.Id} \"Báo cáo rà soát văn bản\" ngoài bot", asked.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ghinhan NHNN bc ra soat van ban ban giay nhan ngay 19/10", "ban giay")]
    [InlineData("/ghinhan NHNN báo cáo rà soát văn bản bản chính", "bản chính")]
    public async Task The_words_of_how_paper_came_stay_whole_in_the_note(string typed, string note)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo rà soát văn bản trước ngày 30/11/2024");

        var asked = await bot.SayAsync(BotHarness.Admin, typed);

        Assert.Contains($"việc #{deadline.Id}", asked.Text(), StringComparison.Ordinal);
        Assert.Contains($"ghi chú \"{note}\"", asked.Text(), StringComparison.Ordinal);
    }
}
