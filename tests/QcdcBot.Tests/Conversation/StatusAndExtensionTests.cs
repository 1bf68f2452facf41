using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>Status replies, extension requests and paper submissions. Today is 20/10/2024; the report is due 25/10/2024.</summary>
public sealed class StatusAndExtensionTests
{
    private static async Task<(BotHarness Bot, Deadline Report, string Secretary)> StartAsync()
    {
        var bot = await BotHarness.CreateAsync();
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        return (bot, report, secretary);
    }

    [Theory]
    [InlineData("đang làm", "InProgress", null)]
    [InlineData("Đơn vị đang xây dựng báo cáo", "InProgress", null)]
    [InlineData("da gui ban giay", "SentOnPaper", null)]
    [InlineData("đã gửi qua iOffice số 123-BC/ĐU", "SentViaIOffice", "123-BC/ĐU")]
    [InlineData("da gui qua ioffice so 45/BC-DU.", "SentViaIOffice", "45/BC-DU")]
    [InlineData("không có nội dung phát sinh", "NothingToReport", null)]
    public async Task A_status_reply_is_recorded_for_the_units_open_deadline(string text, string state, string? reference)
    {
        var (bot, report, secretary) = await StartAsync();
        await using var _ = bot;

        var result = await bot.SayAsync(secretary, text);

        Assert.StartsWith("Đã ghi nhận: Đảng bộ Ngân hàng Nhà nước — \"Báo cáo tự kiểm tra QCDC\"", result.Text(), StringComparison.Ordinal);
        var note = (await bot.Get<StatusNoteStore>().LatestForDeadlineAsync(report.Id))[(await bot.UnitAsync("NHNN")).Id];
        Assert.Equal(Enum.Parse<StatusState>(state), note.State);
        Assert.Equal(reference, note.Reference);
        if (reference is not null)
        {
            Assert.Contains($"đã gửi qua iOffice số {reference}", result.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_status_reply_with_two_open_deadlines_asks_which_and_records_on_the_answer()
    {
        var (bot, _, secretary) = await StartAsync();
        await using var _ = bot;
        var plan = await bot.AssignAsync("Kế hoạch năm 2025 trước ngày 30/11/2024");

        var asked = await bot.SayAsync(secretary, "đang làm");
        Assert.Equal(2, asked.Last().Choices.Count);
        Assert.Equal(0, await bot.CountAsync("status_notes"));

        await bot.SayAsync(secretary, "2");

        var note = Assert.Single((await bot.Get<StatusNoteStore>().LatestForDeadlineAsync(plan.Id)).Values);
        Assert.Equal(StatusState.InProgress, note.State);
    }

    [Fact]
    public async Task An_extension_request_goes_to_the_admin_and_approval_moves_the_units_due_date()
    {
        var (bot, report, secretary) = await StartAsync();
        await using var _ = bot;

        var asked = await bot.SayAsync(secretary, "/giahan 30/10 chờ thủ trưởng ký");

        Assert.Contains("Đã gửi đề nghị gia hạn \"Báo cáo tự kiểm tra QCDC\" đến Thứ Tư, 30/10/2024", asked.Text(), StringComparison.Ordinal);
        var toAdmin = Assert.Single(asked.Proactive);
        Assert.Equal(new ConversationReference(BotHarness.Channel, BotHarness.Admin, BotHarness.Admin), toAdmin.To);
        Assert.Contains("Đảng bộ Ngân hàng Nhà nước xin gia hạn", toAdmin.Message.Text, StringComparison.Ordinal);
        Assert.Contains("Lý do: chờ thủ trưởng ký", toAdmin.Message.Text, StringComparison.Ordinal);
        Assert.Equal(["Đồng ý", "Từ chối"], toAdmin.Message.Choices.Select(c => c.Label));

        var decided = await bot.PressAsync(BotHarness.Admin, toAdmin.Message.Choices[0].Payload);

        Assert.Contains("Đã đồng ý đề nghị", decided.Text(), StringComparison.Ordinal);
        var toUnit = Assert.Single(decided.Proactive);
        Assert.Equal(new ConversationReference(BotHarness.Channel, secretary, secretary), toUnit.To);
        Assert.Contains("đồng ý gia hạn \"Báo cáo tự kiểm tra QCDC\" đến Thứ Tư, 30/10/2024", toUnit.Message.Text, StringComparison.Ordinal);

        var tally = await bot.Get<TallyService>().ForDeadlineAsync(report);
        var standing = tally.Units.Single(u => u.Unit.Code == "NHNN");
        Assert.Equal((true, new DateOnly(2024, 10, 30)), (standing.Extended, standing.DueDate));
        Assert.Contains("Được gia hạn: 1", (await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{report.Id}")).Text(), StringComparison.Ordinal);
        Assert.Contains("đã được gia hạn", (await bot.SayAsync(secretary, "/viec")).Text(), StringComparison.Ordinal);

        // Handing in on 28/10 is on time for this unit now.
        bot.SetLocalTime(2024, 10, 28, 9, 0);
        var receipt = await bot.SendFileAsync(secretary, "bc.pdf", [1, 2, 3]);
        Assert.Contains("hạn Thứ Tư, 30/10/2024", receipt.Text(), StringComparison.Ordinal);
        Assert.Contains("Tình trạng: đúng hạn", receipt.Text(), StringComparison.Ordinal);

        var twice = await bot.SayAsync(BotHarness.Admin, toAdmin.Message.Choices[1].Payload);
        Assert.Contains("đã được xử lý trước đó", twice.Text(), StringComparison.Ordinal);
        Assert.Empty(twice.Proactive);
    }

    [Fact]
    public async Task A_denied_extension_tells_the_unit_and_keeps_the_due_date()
    {
        var (bot, report, secretary) = await StartAsync();
        await using var _ = bot;
        var asked = await bot.SayAsync(secretary, "/giahan 30/10 chờ thủ trưởng ký");
        var id = asked.Proactive[0].Message.Choices[1].Payload.Split(' ')[1];

        await bot.SayAsync(BotHarness.Admin, "/tuchoi " + id);
        var decided = await bot.SayAsync(BotHarness.Admin, "bỏ qua");

        Assert.Contains("không đồng ý gia hạn", Assert.Single(decided.Proactive).Message.Text, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<DeadlineStore>().OverridesAsync(report.Id));
    }

    [Theory]
    [InlineData("/giahan 30/10 chờ thủ trưởng ký", "chờ thủ trưởng ký")]
    [InlineData("/giahan đến hết 30/10 vì chờ thủ trưởng ký", "chờ thủ trưởng ký")]
    [InlineData("/giahan chờ thủ trưởng ký, xin đến 30/10", "chờ thủ trưởng ký")]
    public async Task The_extension_date_is_read_first_keyworded_or_last(string command, string reason)
    {
        var (bot, _, secretary) = await StartAsync();
        await using var _ = bot;

        var result = await bot.SayAsync(secretary, command);

        Assert.Contains("đến Thứ Tư, 30/10/2024", result.Text(), StringComparison.Ordinal);
        Assert.Contains($"Lý do: {reason}\n", Assert.Single(result.Proactive).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_impossible_extension_date_is_refused()
    {
        var (bot, _, secretary) = await StartAsync();
        await using var _ = bot;

        var result = await bot.SayAsync(secretary, "/giahan 31/11 chờ ký");

        Assert.Contains("\"31/11\" không có thật", result.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Fact]
    public async Task An_extension_to_a_date_not_after_the_due_date_is_refused()
    {
        var (bot, _, secretary) = await StartAsync();
        await using var _ = bot;

        var result = await bot.SayAsync(secretary, "/giahan 24/10 xin lùi");

        Assert.Contains("phải sau hạn hiện tại", result.Text(), StringComparison.Ordinal);
        Assert.Empty(result.Proactive);
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Fact]
    public async Task Paper_submission_recorded_by_the_office_counts_as_submitted()
    {
        var (bot, report, _) = await StartAsync();
        await using var _ = bot;

        var byCode = await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan SKHDT #{report.Id} bản giấy ngày 19/10");
        var byName = await bot.SayConfirmedAsync(BotHarness.Admin, "/ghinhan Ngân hàng Nhà nước; tự kiểm tra; qua iOffice");

        Assert.Contains("Đơn vị: Đảng bộ Sở Kế hoạch và Đầu tư", byCode.Text(), StringComparison.Ordinal);
        Assert.Contains("Ghi chú: bản giấy\n", byCode.Text(), StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Đảng bộ Ngân hàng Nhà nước", byName.Text(), StringComparison.Ordinal);
        var tally = await bot.Get<TallyService>().ForDeadlineAsync(report);
        Assert.Equal(2, tally.Submitted);
        Assert.All(await bot.Get<SubmissionStore>().AllForDeadlineAsync(report.Id), s => Assert.Equal(SubmissionMethod.Paper, s.Method));
    }

    [Fact]
    public async Task Paper_submission_for_a_unit_outside_the_scope_is_refused()
    {
        var (bot, report, _) = await StartAsync();
        await using var _ = bot;

        var result = await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan DTN #{report.Id}");

        Assert.Contains("không thuộc phạm vi", result.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
    }
}
