using QcdcBot.Bot.Hosting;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Core;

/// <summary>What a user-level review of the terminal chat found, each pinned down.</summary>
public sealed class ReviewFindingsTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.CreateAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_bare_number_with_no_list_shown_is_the_deadline_id_never_digits_in_a_title()
    {
        var first = await _bot.AssignAsync("Kế hoạch QCDC năm 2024 trước ngày 30/11/2024");
        var second = await _bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");

        var reply = await _bot.SayAsync(BotHarness.Admin, $"/tinhhinh {second.Id}");

        Assert.Contains(second.Title, reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(first.Title, reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_an_earlier_request_after_a_later_one_never_shortens_the_extension()
    {
        var deadline = await _bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/10/2024");
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");
        await _bot.SayAsync(secretary, "/giahan 30/10 chờ ký");
        await _bot.SayConfirmedAsync(BotHarness.Admin, "/duyet 1");

        // A later request for an earlier day is refused before it reaches the admins.
        var earlier = await _bot.SayAsync(secretary, "/giahan 28/10 chờ ký");

        var standing = (await _bot.Get<TallyService>().ForDeadlineAsync(deadline)).Units.Single(u => u.Unit.Code == "NHNN");
        Assert.Equal(new DateOnly(2024, 10, 30), standing.DueDate);
        Assert.Contains("phải sau hạn hiện tại", earlier.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_excuse_refused_cannot_be_accepted_by_a_later_click()
    {
        await _bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/10/2024");
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");
        var claim = await _bot.SayAsync(secretary, "ko co nd phat sinh");
        var choices = Assert.Single(claim.Proactive).Message.Choices;

        await _bot.PressAsync(BotHarness.Admin, choices[1].Payload);
        await _bot.SayAsync(BotHarness.Admin, "1"); // the refusal names the unit and asks once
        var late = await _bot.PressAsync(BotHarness.Admin, choices[0].Payload);

        Assert.Contains("Đã xử lý trước đó", late.Text(), StringComparison.Ordinal);
        var note = Assert.Single((await _bot.Get<StatusNoteStore>().ForUnitAsync((await _bot.UnitAsync("NHNN")).Id)));
        Assert.False(note.IsAcceptedExcuse);
    }

    [Fact]
    public async Task An_extension_to_a_day_just_past_this_year_is_refused_and_asked_again_never_moved_to_next_year()
    {
        await _bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/10/2024");
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");

        var reply = await _bot.SayAsync(secretary, "/giahan 10/10 chờ ký");

        Assert.Contains("Ngày 10/10/2024 đã qua", reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("2025", reply.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await _bot.CountAsync("extension_requests"));
    }

    [Fact]
    public async Task Cancelling_asks_once_more_and_only_the_confirmation_cancels()
    {
        var deadline = await _bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/10/2024");

        var question = await _bot.SayAsync(BotHarness.Admin, $"/huyhan #{deadline.Id}");
        Assert.Equal(DeadlineState.Open, (await _bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.State);

        var done = await _bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("Hủy việc", question.Text(), StringComparison.Ordinal);
        Assert.Contains("Đã hủy việc", done.Text(), StringComparison.Ordinal);
        Assert.Equal(DeadlineState.Cancelled, (await _bot.Get<DeadlineStore>().GetAsync(deadline.Id))!.State);
    }

    [Fact]
    public async Task Unit_codes_separated_by_spaces_name_each_unit()
    {
        var deadline = await _bot.AssignAsync("Báo cáo riêng trước ngày 25/11/2024 cho NHNN TTRA");

        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        Assert.Equal(2, deadline.UnitIds.Count);
    }

    [Fact]
    public async Task A_mistyped_tool_name_prints_the_usage_instead_of_starting_the_bot()
    {
        using var output = new StringWriter();

        var code = await CommandLineTools.RunAsync(["exprot", "--out", "x.xlsx"], output);

        Assert.True(CommandLineTools.IsTool(["exprot"]));
        Assert.False(CommandLineTools.IsTool(["--Storage:Path", "x.db"]));
        Assert.Equal(2, code);
        Assert.Contains("Cách dùng", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ghinhan ngan hang nha nuoc ke hoach qcdc ban giay ngay 5/4", "ban giay")]
    [InlineData("/ghinhan NHNN #1 bản giấy", "bản giấy")]
    [InlineData("/ghinhan Ngân hàng Nhà nước; kế hoạch QCDC; bản giấy", "bản giấy")]
    public async Task A_paper_submission_names_unit_and_deadline_in_words_codes_or_with_semicolons(string command, string note)
    {
        await _bot.AssignAsync("Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024 trước ngày 30/11/2024");

        var reply = await _bot.SayConfirmedAsync(BotHarness.Admin, command);

        Assert.Contains("Biên nhận", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Đảng bộ Ngân hàng Nhà nước", reply.Text(), StringComparison.Ordinal);
        Assert.Contains($"Ghi chú: {note}", reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trước ngày 23/11/2024", "Thứ Bảy")]
    [InlineData("trước ngày 2/9/2025", "Quốc khánh")]
    public async Task A_due_date_on_a_day_off_is_kept_but_the_office_is_told(string when, string name)
    {
        var reply = await _bot.SayAsync(BotHarness.Admin, $"/giao Báo cáo chuyên đề {when}");

        Assert.Contains($"là ngày nghỉ ({name})", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_waiting_for_its_deadline_is_not_dropped_silently_when_another_question_replaces_it()
    {
        await _bot.AssignAsync("Kế hoạch QCDC trước ngày 30/11/2024");
        await _bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/11/2024");
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");
        await _bot.SendFileAsync(secretary, "ke-hoach.docx", [1, 2, 3]);

        var reply = await _bot.SayAsync(secretary, "đang làm");

        Assert.Contains("tệp \"ke-hoach.docx\" gửi lúc trước vẫn được giữ", reply.Text(), StringComparison.Ordinal);
    }
}
