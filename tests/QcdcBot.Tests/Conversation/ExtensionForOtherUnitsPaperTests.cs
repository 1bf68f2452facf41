namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An extension request names its deadline as a status reply or caption would: words naming another unit's paper
/// ("bc tự kiểm tra" when only another unit has that report) fit the unit's own "Báo cáo …" by the kind of paper
/// alone, which is no name of it; the request is never put on that one.
/// </summary>
public sealed class ExtensionForOtherUnitsPaperTests
{
    [Theory]
    [InlineData("xin gia han bc tu kiem tra den 20/12/2024")]
    [InlineData("xin lùi hạn báo cáo tự kiểm tra đến 18/12/2024 vì chưa họp")]
    [InlineData("/giahan bc tu kiem tra 19/12/2024 chi bo chua hop")]
    public async Task A_request_naming_another_units_paper_is_not_put_on_the_units_own_report(string said)
    {
        await using var bot = await BotHarness.CreateAsync();
        var own = await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC 6 tháng đầu năm trước ngày 30/11/2024 cho NHNN");
        await bot.AssignAsync("Kế hoạch QCDC năm 2025 trước ngày 28/11/2024 cho NHNN");
        await bot.AssignAsync("Báo cáo tự kiểm tra, giám sát trước ngày 25/11/2024 cho SYT");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = await bot.SayAsync(secretary, said);

        Assert.Contains("không giao cho đơn vị", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain($"cho việc #{own.Id}", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Đã gửi đề nghị", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }
}
