namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A file captioned /ghinhan is kept only if the record is confirmed: declined, backed out of or left unanswered, the
/// file leaves the file store; a file already held by a submission stays.
/// </summary>
public sealed class DeclinedPaperFileTests
{
    [Theory]
    [InlineData("2")]
    [InlineData("không")]
    [InlineData("thoi")]
    [InlineData("/viec")]
    public async Task A_declined_ghinhan_file_leaves_no_orphan_in_the_file_store(string answer)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 30/10/2024");
        var before = await bot.CountAsync("stored_files");

        var asked = await bot.SendFileAsync(BotHarness.Admin, "so-ket CTK gui qua thu.pdf", [4, 2, 4, 2], $"/ghinhan CTK #{deadline.Id} qua email");
        Assert.Equal(before + 1, await bot.CountAsync("stored_files"));
        await bot.SayAsync(BotHarness.Admin, answer);

        Assert.Contains("so-ket CTK gui qua thu.pdf", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.CountAsync("stored_files"));
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_confirmed_ghinhan_file_stays_with_its_record()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 30/10/2024");
        var before = await bot.CountAsync("stored_files");

        await bot.SendFileAsync(BotHarness.Admin, "so-ket CTK.pdf", [4, 2, 4, 3], $"/ghinhan CTK #{deadline.Id} qua email");
        await bot.SayAsync(BotHarness.Admin, "có");

        Assert.Equal(before + 1, await bot.CountAsync("stored_files"));
        Assert.Equal(1, await bot.CountAsync("submission_files"));
    }

    [Fact]
    public async Task Declining_a_file_the_unit_already_handed_in_keeps_the_units_copy()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết công tác dân vận trước ngày 30/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SendFileAsync(secretary, "so-ket.pdf", [5, 5, 5], $"#{deadline.Id}");
        var before = await bot.CountAsync("stored_files");

        await bot.SendFileAsync(BotHarness.Admin, "so-ket (email).pdf", [5, 5, 5], $"/ghinhan CTK #{deadline.Id} qua email");
        await bot.SayAsync(BotHarness.Admin, "không");

        Assert.Equal(before, await bot.CountAsync("stored_files"));
        Assert.Equal(1, await bot.CountAsync("submission_files"));
    }
}
