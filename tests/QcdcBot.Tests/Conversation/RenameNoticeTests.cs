namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /suahan … tên … tells the units that still owe the deadline its new name, in one line, as a due-date change tells
/// them the new date; the admin's reply says who was told. Units that handed in have nothing left to do and are not told.
/// </summary>
public sealed class RenameNoticeTests
{
    [Theory]
    [InlineData("/suahan {0} ten Bao cao ket qua hoi nghi doi thoai nam 2024", "Bao cao ket qua hoi nghi doi thoai nam 2024")]
    [InlineData("/suahan #{0} tên Kế hoạch đối thoại trực tiếp năm 2025", "Kế hoạch đối thoại trực tiếp năm 2025")]
    public async Task A_renamed_deadline_is_told_to_the_units_that_still_owe_it_and_the_admin_hears_so(string command, string title)
    {
        await using var bot = await BotHarness.CreateAsync();
        var deadline = await bot.AssignAsync("Báo cáo đối thoại trước ngày 30/10/2024 cho NHNN, CTK, KBNN");
        var nhnn = await bot.RegisterSecretaryAsync("NHNN");
        var ctk = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan CTK #{deadline.Id} ban giay");

        var reply = await bot.SayAsync(BotHarness.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, command, deadline.Id));

        var told = Assert.Single(reply.Proactive, p => p.To.ChatId == nhnn).Message.Text;
        Assert.Contains($"đã đổi tên việc #{deadline.Id}: \"Báo cáo đối thoại\" → \"{title}\" (hạn vẫn là ", told, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Proactive, p => p.To.ChatId == ctk);
        Assert.Contains("Đã báo tên mới cho 1/2 đơn vị còn phải nộp (các đơn vị còn lại chưa có ai nhận tin); 1 đơn vị đã nộp hoặc được miễn không cần báo.", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(title, (await bot.Get<QcdcBot.Storage.Deadlines.DeadlineStore>().GetAsync(deadline.Id))!.Title);
    }
}
