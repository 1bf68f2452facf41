using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "bổ sung" after the page window (and after the deadline was closed and reopened): the files join the unit's latest
/// hand-in as further pages, which keeps its number and its on-time grade, is audited, and the reply says "bổ sung vào
/// lần nộp …"; it never replaces that hand-in. Today is Sunday 20/10/2024.
/// </summary>
public sealed class SupplementTests
{
    [Theory]
    [InlineData("so ket 6 thang bo sung")]
    [InlineData("gửi bổ sung trang 4 ạ")]
    [InlineData("bo sung them")]
    [InlineData("Bổ sung báo cáo sơ kết 6 tháng")]
    public async Task A_supplement_joins_the_on_time_hand_in_and_keeps_its_grade(string caption)
    {
        await using var bot = await BotHarness.CreateAsync();
        var halfYear = await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        foreach (var page in new byte[] { 1, 2, 3 })
        {
            await bot.SendFileAsync(secretary, $"trang{page}.jpg", [page, page, 9], page == 1 ? "so ket 6 thang trang 1" : "");
        }

        bot.SetLocalTime(2024, 10, 28, 9, 0);
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{halfYear.Id}");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/mohan #{halfYear.Id}");
        var audit = await bot.CountAsync("audit_log");

        var reply = (await bot.SendFileAsync(secretary, "trang4.jpg", [4, 4, 9], caption)).Text();

        Assert.Contains("bổ sung trang 4 vào lần nộp 1", reply, StringComparison.Ordinal);
        Assert.Contains("gồm 4 tệp/trang", reply, StringComparison.Ordinal);
        Assert.Contains("đúng hạn", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("trễ", reply, StringComparison.Ordinal);
        var latest = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, halfYear.Id))!;
        Assert.Equal(1, latest.Version);
        Assert.Equal(0, latest.DaysLate);
        Assert.Equal(["trang1.jpg", "trang2.jpg", "trang3.jpg", "trang4.jpg"], latest.Files.OrderBy(f => f.Ordinal).Select(f => f.OriginalName));
        Assert.Equal(1, await bot.CountAsync("submissions"));
        Assert.True(await bot.CountAsync("audit_log") > audit);
    }

    [Fact]
    public async Task A_new_version_said_in_words_still_replaces()
    {
        await using var bot = await BotHarness.CreateAsync();
        var halfYear = await bot.AssignAsync("Báo cáo sơ kết 6 tháng trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "bc.pdf", [1, 2, 3]);
        bot.SetLocalTime(2024, 10, 28, 9, 0);

        var reply = (await bot.SendFileAsync(secretary, "bc-sua.pdf", [4, 5, 6], "bản mới thay thế")).Text();

        Assert.Contains("lần nộp thứ 2", reply, StringComparison.Ordinal);
        Assert.Equal(2, (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, halfYear.Id))!.Version);
    }
}
