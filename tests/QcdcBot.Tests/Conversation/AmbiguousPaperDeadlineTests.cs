namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /ghinhan with a deadline name that fits several deadlines and a note after it asks "Việc nào?" with the note kept,
/// instead of "Không tìm thấy việc" for the name and the note together; a cancelled deadline of that name is not offered
/// while open ones fit.
/// </summary>
public sealed class AmbiguousPaperDeadlineTests
{
    [Theory]
    [InlineData("kh qcdc 2025 ban giay nhan hom qua", "ban giay")]
    [InlineData("ke hoach qcdc nam 2025 iOffice, văn thư nhận hôm qua", "iOffice, văn thư nhận")]
    public async Task An_ambiguous_name_followed_by_a_note_asks_which_and_keeps_the_note(string typed, string kept)
    {
        await using var bot = await BotHarness.CreateAsync();
        var plan = await bot.AssignAsync("Kế hoạch QCDC năm 2025 của đơn vị trước 15/12/2024 cho NHNN");
        var other = await bot.AssignAsync("Kế hoạch QCDC năm 2025 của chi ủy trước 18/12/2024 cho NHNN");
        var extra = await bot.AssignAsync("Kế hoạch QCDC năm 2025 bổ sung trước 20/12/2024 cho NHNN");
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan #{extra.Id}");
        bot.SetLocalTime(2024, 11, 10, 9, 0);

        var asked = await bot.SayAsync(BotHarness.Admin, "/ghinhan NHNN " + typed);

        Assert.Contains("khớp với nhiều việc", asked.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Không tìm thấy", asked.Text(), StringComparison.Ordinal);
        var choices = asked.Last().Choices.Select(c => c.Label).ToList();
        Assert.Contains(choices, c => c.Contains($"#{other.Id} ", StringComparison.Ordinal));
        Assert.DoesNotContain(choices, c => c.Contains($"#{extra.Id} ", StringComparison.Ordinal) || c.Contains("[đã hủy]", StringComparison.Ordinal));
        var pick = choices.FindIndex(c => c.Contains($"#{plan.Id} ", StringComparison.Ordinal)) + 1;
        var confirm = await bot.SayAsync(BotHarness.Admin, pick.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"việc #{plan.Id}", confirm.Text(), StringComparison.Ordinal);
        Assert.Contains("nhận ngày 9/11/2024", confirm.Text(), StringComparison.Ordinal);
        Assert.Contains($"ghi chú \"{kept}\"", confirm.Text(), StringComparison.Ordinal);
    }
}
