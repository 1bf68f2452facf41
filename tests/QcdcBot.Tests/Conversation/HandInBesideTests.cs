using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>/ghinhan over a unit's bot submission warns of it and is kept beside it, never announced as replacing its files.</summary>
public sealed class HandInBesideTests
{
    [Fact]
    public async Task Ghinhan_after_a_bot_submission_names_it_and_records_beside_it()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo sơ kết QCDC trước ngày 31/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SendFileAsync(secretary, "bao-cao-nhnn.pdf", [1, 2, 3]);
        var uploaded = (await bot.Get<SubmissionStore>().LatestAsync((await bot.UnitAsync("NHNN")).Id, deadline.Id))!;

        var asked = (await bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #{deadline.Id} bản giấy")).Text();
        var recorded = (await bot.SayAsync(BotHarness.Admin, "1")).Text();
        var tasks = (await bot.SayAsync(secretary, "/viec")).Text();

        Assert.Contains($"đơn vị đã nộp qua bot (biên nhận số {uploaded.ReceiptNo}, 1 tệp: bao-cao-nhnn.pdf)", asked, StringComparison.Ordinal);
        Assert.Contains("lưu bên cạnh", recorded, StringComparison.Ordinal);
        Assert.DoesNotContain("bản mới thay cho bản trước", recorded, StringComparison.Ordinal);
        Assert.Contains($"nộp qua bot: biên nhận {uploaded.ReceiptNo}", tasks, StringComparison.Ordinal);
    }
}
