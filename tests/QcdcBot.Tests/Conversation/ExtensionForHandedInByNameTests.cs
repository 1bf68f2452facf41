namespace QcdcBot.Tests.Conversation;

/// <summary>
/// An extension request naming, by its words or shorthand, a deadline the unit already handed in is answered as a
/// status reply about it is ("đơn vị đã nộp rồi"), even when another open deadline shares a word of it (a year): it
/// is never filed on that other deadline with the name as its reason.
/// </summary>
public sealed class ExtensionForHandedInByNameTests
{
    [Theory]
    [InlineData("xin gia han tong ket nam 2024 them 1 tuan")]
    [InlineData("xin lui han tk nam 2024 den 20/1/2025 vi chua hop")]
    [InlineData("em xin gia hạn tổng kết năm 2024 đến 25/1/2025 ạ")]
    public async Task A_request_naming_a_handed_in_deadline_says_so_and_is_filed_on_no_other(string request)
    {
        await using var bot = await BotHarness.CreateAsync();
        var yearEnd = await bot.AssignAsync("Tổng kết năm 2024 trước ngày 15/1/2025 cho STNMT");
        var plan = await bot.AssignAsync("Kế hoạch thực hiện QCDC ở cơ sở năm 2024 trước ngày 29/11/2024 cho STNMT");
        var halfYear = await bot.AssignAsync("Báo cáo kết quả thực hiện QCDC ở cơ sở 6 tháng cuối năm 2024 trước ngày 15/12/2024 cho STNMT");
        var secretary = await bot.RegisterSecretaryAsync("STNMT");
        await bot.SendFileAsync(secretary, "tk.docx", [1, 2, 3], $"#{yearEnd.Id}");

        var reply = await bot.SayAsync(secretary, request);
        var status = await bot.SayAsync(secretary, "dang lam tk nam 2024");

        Assert.Contains($"Việc #{yearEnd.Id} \"{yearEnd.Title}\" đơn vị đã nộp", reply.Text(), StringComparison.Ordinal);
        Assert.Contains($"#{yearEnd.Id} \"{yearEnd.Title}\" đơn vị đã nộp", status.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Title, reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(halfYear.Title, reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Proactive);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }
}
