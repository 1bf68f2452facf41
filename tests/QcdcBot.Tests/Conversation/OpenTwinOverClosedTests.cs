using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// Last year's paper closed, this year's open under another title ("Tổng kết năm 2024 …" / "Tổng kết năm 2025 …"): a
/// status reply naming it by words both fit means the open one, named in the reply, with the closed one said beside it.
/// Today is Sunday 20/10/2024.
/// </summary>
public sealed class OpenTwinOverClosedTests
{
    [Theory]
    [InlineData("đang làm tổng kết năm", "InProgress")]
    [InlineData("ben em dang hoan thien tk nam a", "InProgress")]
    [InlineData("da gui ban giay tong ket nam", "SentOnPaper")]
    public async Task The_open_fit_is_taken_and_named(string said, string stateName)
    {
        await using var bot = await BotHarness.CreateAsync();
        var closed = await bot.AssignAsync("Tổng kết năm 2023 về QCDC trước ngày 25/10/2024");
        await bot.AssignAsync("Kế hoạch kiểm tra giám sát năm 2025 trước ngày 15/11/2024");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/donghan #{closed.Id}");
        var open = await bot.AssignAsync("Tổng kết năm 2024 về QCDC trước ngày 30/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var reply = (await bot.SayAsync(secretary, said)).Text();

        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("NHNN")).Id));
        Assert.Equal(open.Id, note.DeadlineId);
        Assert.Equal(Enum.Parse<StatusState>(stateName), note.State);
        Assert.Contains($"#{open.Id} \"{open.Title}\"", reply, StringComparison.Ordinal);
        Assert.Contains($"#{closed.Id}", reply, StringComparison.Ordinal);
    }
}
