using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>"bc 6 tháng 3 ngày": the number in a deadline's name running into a length is never read as a date (6 March).</summary>
public sealed class ExtensionNameNotDateTests
{
    [Theory]
    [InlineData("Báo cáo 6 tháng đầu năm", "xin lui han bc 6 thang 3 ngay vi cho so lieu", 3, "cho so lieu")]
    [InlineData("Báo cáo 6 tháng đầu năm", "gia han bc 6 thang 1 tuan", 7, "")]
    [InlineData("Báo cáo 6 tháng đầu năm", "xin lùi hạn báo cáo 6 tháng 2 tuần nhé", 14, "")]
    [InlineData("Báo cáo 6 tháng đầu năm", "xin gia han bc 6 thang them 3 ngay", 3, "")]
    [InlineData("Tổng kết 6 tháng đầu năm", "gia han tk 6 thang 5 ngay", 5, "")]
    public async Task A_length_after_the_deadline_s_name_counts_from_its_due_date(string title, string text, int days, string reason)
    {
        await using var bot = await BotHarness.CreateAsync();
        var halfYear = await bot.AssignAsync($"{title} trước ngày 15/12/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        var reply = await bot.SayAsync(secretary, text);

        var expected = new DateOnly(2024, 12, 15).AddDays(days);
        Assert.Contains($"đến {QcdcBot.Bot.Text.VietnameseWording.DateWithWeekday(expected)}", reply.Text(), StringComparison.Ordinal);
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(halfYear.Id));
        Assert.Equal(expected, request.RequestedDate);
        Assert.Equal(reason, request.Reason);
    }

    [Theory]
    [InlineData("xin gia hạn đến 6 tháng 1 năm 2025 vì chờ số liệu")]
    [InlineData("gia han den ngay 6 thang 1")]
    public async Task A_date_written_with_the_month_word_is_still_a_date(string text)
    {
        await using var bot = await BotHarness.CreateAsync();
        var halfYear = await bot.AssignAsync("Báo cáo 6 tháng đầu năm trước ngày 15/12/2024");
        var secretary = await bot.RegisterSecretaryAsync("XDGT");

        await bot.SayAsync(secretary, text);

        Assert.Equal(new DateOnly(2025, 1, 6), Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(halfYear.Id)).RequestedDate);
    }
}
