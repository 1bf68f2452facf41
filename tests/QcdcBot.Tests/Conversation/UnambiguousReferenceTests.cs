using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A number names one deadline whatever list was shown last, and commands that are hard to undo name their target
/// and wait for a yes. Today is Sunday 20/10/2024.
/// </summary>
public sealed class UnambiguousReferenceTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private Deadline _later = null!;
    private Deadline _sooner = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        // #1 is due later than #2, so any list in due-date order shows #2 on its first line.
        _later = await _bot.AssignAsync("Kế hoạch tuyên truyền dân vận trước ngày 30/11/2024");
        _sooner = await _bot.AssignAsync("Báo cáo sơ kết quý IV trước ngày 28/10/2024");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/hanchot")]
    [InlineData("/tinhhinh")]
    public async Task After_a_list_a_bare_number_is_the_number_the_list_shows_for_every_command(string list)
    {
        var shown = await _bot.SayAsync(BotHarness.Admin, list);
        Assert.Contains($"#{_sooner.Id} ", shown.Text(), StringComparison.Ordinal);

        var missing = await _bot.SayAsync(BotHarness.Admin, $"/chuanop {_later.Id}");
        var progress = await _bot.SayAsync(BotHarness.Admin, $"tinh hinh {_later.Id}");

        Assert.Contains(_later.Title, missing.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(_sooner.Title, missing.Text(), StringComparison.Ordinal);
        Assert.Contains(_later.Title, progress.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(_sooner.Title, progress.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_names_the_deadline_and_waits_for_a_yes_and_mohan_opens_it_again_with_an_audit_row()
    {
        await _bot.SayAsync(BotHarness.Admin, "/hanchot");

        var asked = await _bot.SayAsync(BotHarness.Admin, $"dong han {_later.Id}");

        Assert.Contains($"#{_later.Id} \"{_later.Title}\"", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(DeadlineState.Open, (await _bot.Get<DeadlineStore>().GetAsync(_later.Id))!.State);
        await _bot.SayAsync(BotHarness.Admin, "1");
        Assert.Equal(DeadlineState.Closed, (await _bot.Get<DeadlineStore>().GetAsync(_later.Id))!.State);

        var reopened = await _bot.SayConfirmedAsync(BotHarness.Admin, $"/mohan #{_later.Id}");

        Assert.Contains("Đã mở lại", reopened.Text(), StringComparison.Ordinal);
        Assert.Equal(DeadlineState.Open, (await _bot.Get<DeadlineStore>().GetAsync(_later.Id))!.State);
        var audit = (await _bot.Get<AuditStore>().RecentAsync(1))[0];
        Assert.Equal(("deadline.reopen", $"test:{BotHarness.Admin}"), (audit.Action, audit.Actor));
        Assert.Contains("đang mở", (await _bot.SayAsync(BotHarness.Admin, $"/mohan {_later.Id}")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_deadline_is_reopened_too()
    {
        await _bot.SayConfirmedAsync(BotHarness.Admin, $"/huyhan {_sooner.Id}");

        await _bot.SayConfirmedAsync(BotHarness.Admin, $"mo han {_sooner.Id}");

        Assert.Equal(DeadlineState.Open, (await _bot.Get<DeadlineStore>().GetAsync(_sooner.Id))!.State);
    }

    [Fact]
    public async Task Recording_on_paper_names_unit_and_deadline_and_writes_nothing_until_confirmed()
    {
        var asked = await _bot.SayAsync(BotHarness.Admin, $"/ghinhan SKHDT {_later.Id} nhận qua văn thư");

        Assert.Contains("Sở Kế hoạch", asked.Text(), StringComparison.Ordinal);
        Assert.Contains($"#{_later.Id} \"{_later.Title}\"", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await _bot.CountAsync("submissions"));

        await _bot.SayAsync(BotHarness.Admin, "1");

        var stored = await _bot.Get<SubmissionStore>().LatestAsync((await _bot.UnitAsync("SKHDT")).Id, _later.Id);
        Assert.Equal(SubmissionMethod.Paper, stored!.Method);
    }

    [Fact]
    public async Task A_typed_approval_names_the_request_and_asks_but_the_button_on_the_request_does_not()
    {
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");
        await _bot.SayAsync(secretary, "/giahan 5/11 chờ lãnh đạo ký");
        var request = await _bot.SayAsync(secretary, _sooner.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var typed = await _bot.SayAsync(BotHarness.Admin, "/duyet 1");

        Assert.Contains("Ngân hàng Nhà nước", typed.Text(), StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Pending, (await _bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);

        await _bot.PressAsync(BotHarness.Admin, Assert.Single(request.Proactive).Message.Choices[0].Payload);
        Assert.Equal(ExtensionState.Approved, (await _bot.Get<ExtensionRequestStore>().GetAsync(1))!.State);
    }

    [Fact]
    public async Task A_typed_acceptance_of_nothing_to_report_names_the_unit_and_asks()
    {
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");
        await _bot.SayAsync(secretary, "/viec");
        await _bot.SayAsync(secretary, "k co noi dung phat sinh");
        var choice = await _bot.SayAsync(secretary, "1");
        var note = Assert.Single(await _bot.Get<StatusNoteStore>().ForUnitAsync((await _bot.UnitAsync("NHNN")).Id));

        var asked = await _bot.SayAsync(BotHarness.Admin, $"/chapnhan {note.Id}");

        Assert.Contains("Ngân hàng Nhà nước", asked.Text(), StringComparison.Ordinal);
        Assert.Null((await _bot.Get<StatusNoteStore>().GetAsync(note.Id))!.AcceptedAt);
        await _bot.SayAsync(BotHarness.Admin, "1");
        Assert.NotNull((await _bot.Get<StatusNoteStore>().GetAsync(note.Id))!.AcceptedAt);
        Assert.NotEmpty(choice.Proactive);
    }
}
