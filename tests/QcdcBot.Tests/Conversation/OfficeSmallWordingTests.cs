using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// office18's smaller notes: "không nộp ảnh này" leaves "which deadline?" as "0" does; a bare number right after a
/// list of units names that unit as a possible meaning; the ready-made /ghinhan command reads as the admin types it.
/// </summary>
public sealed class OfficeSmallWordingTests
{
    [Theory]
    [InlineData("khong nop anh nay")]
    [InlineData("không nộp file này nữa ạ")]
    [InlineData("khong nop")]
    public async Task Not_handing_in_this_photo_in_words_leaves_the_which_deadline_question(string words)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("LHHKHKT");
        await bot.SendFileAsync(secretary, "trang1.jpg", [1, 2, 3]);

        var reply = (await bot.SayAsync(secretary, words)).Text();
        var later = (await bot.SayAsync(secretary, "/viec")).Text();

        Assert.DoesNotContain("Bot chưa hiểu", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("trang1.jpg", later, StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }

    [Fact]
    public async Task A_bare_number_after_the_unit_list_names_that_unit_as_a_meaning()
    {
        await using var bot = await BotHarness.CreateAsync();
        var third = (await bot.Get<UnitStore>().AllAsync())[2];
        await bot.SayAsync(BotHarness.Admin, "/donvi");

        var reply = (await bot.SayAsync(BotHarness.Admin, "3")).Text();

        Assert.Contains($"Nếu ý là đơn vị số 3 trong danh sách vừa hiện ({third.Code} — {third.Name}): /donvi {third.Code}", reply, StringComparison.Ordinal);
    }
}
