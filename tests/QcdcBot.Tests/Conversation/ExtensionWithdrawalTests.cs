using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// "không xin gia hạn nữa", "hủy đề nghị gia hạn số 8": a secretary takes back the unit's pending request; the words
/// never start a new request nor become the reason of one, and the office is told it need not answer.
/// </summary>
public sealed class ExtensionWithdrawalTests
{
    [Theory]
    [InlineData("em nham, khong xin gia han nua a")]
    [InlineData("huy de nghi gia han so {0}")]
    [InlineData("Đơn vị không cần lùi hạn nữa ạ")]
    [InlineData("rút lại đề nghị gia hạn")]
    [InlineData("/giahan hủy")]
    [InlineData("/giahan huy a")]
    [InlineData("/luihan rut lai")]
    [InlineData("huy gia han")]
    [InlineData("thoi khong xin nua")]
    [InlineData("thôi, không xin nữa ạ")]
    public async Task Withdrawal_words_take_back_the_pending_request_and_start_none(string typed)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "xin gia han den 15/11/2024 vi chua hop chi bo");
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));

        var reply = await bot.SayAsync(secretary, string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, request.Id));

        Assert.Contains($"Đã rút đề nghị gia hạn số {request.Id}", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("đến ngày nào", reply.Text(), StringComparison.Ordinal);
        var all = await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id);
        Assert.True(Assert.Single(all).Withdrawn);
        Assert.Contains(reply.Proactive, p => p.To.UserId == BotHarness.Admin && p.Message.Text.Contains($"rút đề nghị gia hạn số {request.Id}", StringComparison.Ordinal));
        Assert.Contains("đã được đơn vị rút lại", (await bot.SayAsync(BotHarness.Admin, $"/duyet {request.Id}")).Text(), StringComparison.Ordinal);
        Assert.Contains("đơn vị đã rút lại", (await bot.SayAsync(BotHarness.Admin, "/donvi CTK")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawal_typed_while_the_bot_asks_for_a_date_drops_the_question_instead_of_keeping_a_reason()
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "xin gia han den 15/11/2024 vi chua hop chi bo");
        var request = Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id));
        Assert.Contains("đến ngày nào", (await bot.SayAsync(secretary, "em xin gia hạn ạ")).Text(), StringComparison.Ordinal);

        var reply = (await bot.SayAsync(secretary, $"hủy đề nghị gia hạn số {request.Id}")).Text();

        Assert.DoesNotContain("Đã ghi lý do", reply, StringComparison.Ordinal);
        Assert.Contains($"Đã rút đề nghị gia hạn số {request.Id}", reply, StringComparison.Ordinal);
        Assert.True(Assert.Single(await bot.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Withdrawn);
        Assert.DoesNotContain("Đã gửi đề nghị", (await bot.SayAsync(secretary, "20/11/2024")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawal_with_nothing_pending_says_so_and_sends_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Kế hoạch thực hiện QCDC năm 2025 trước ngày 30/10/2024 cho NHNN, CTK");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        var before = await bot.SnapshotAsync();

        var reply = await bot.SayAsync(secretary, "thôi em không xin gia hạn nữa");

        Assert.Contains("không có đề nghị gia hạn nào đang chờ", reply.Text(), StringComparison.Ordinal);
        Assert.Empty(reply.Proactive);
        Assert.Equal(before, await bot.SnapshotAsync());
    }
}
