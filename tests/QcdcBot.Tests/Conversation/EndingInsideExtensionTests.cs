using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// /donghan and /huyhan tell a unit that has not handed in that the work is over: while the office's own extension for
/// it is still running, the confirmation names the unit, its date and the days left, so the close is chosen knowingly.
/// </summary>
public sealed class EndingInsideExtensionTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private string _inspectors = null!;
    private string _bank = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _bank = await _bot.RegisterSecretaryAsync("NHNN");
        _inspectors = await _bot.RegisterSecretaryAsync("TTRA");
        await _bot.AssignAsync("Báo cáo tổng kết dân vận khéo trước ngày 25/10/2024 cho NHNN, TTRA");
        await _bot.SayAsync(_inspectors, "/giahan 31/10 cho lanh dao ky");
        await _bot.SayConfirmedAsync(BotHarness.Admin, "/duyet 1");
        _bot.SetLocalTime(2024, 10, 27, 9, 0);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/donghan #1", "vẫn kết thúc?", "Vẫn kết thúc việc này")]
    [InlineData("/dong han bao cao tong ket dan van kheo", "vẫn kết thúc?", "Vẫn kết thúc việc này")]
    [InlineData("/huyhan 1", "vẫn hủy?", "Vẫn hủy việc này")]
    public async Task Ending_names_a_unit_still_inside_its_approved_extension(string command, string ask, string yes)
    {
        var question = (await _bot.SayAsync(BotHarness.Admin, command)).Last();

        Assert.Contains("TTRA được gia hạn đến Thứ Năm, 31/10/2024, còn 4 ngày, chưa nộp — " + ask, question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NHNN", question.Text, StringComparison.Ordinal);
        Assert.Equal(yes, question.Choices![0].Label);
        Assert.Equal(DeadlineState.Open, (await _bot.Get<DeadlineStore>().GetAsync(1))!.State);
    }

    [Theory]
    [InlineData("/donghan #1", "kết thúc")]
    [InlineData("/huyhan 1", "hủy")]
    public async Task Ending_names_a_unit_whose_extension_request_still_waits_and_says_ending_closes_it(string command, string ending)
    {
        await _bot.SayAsync(_bank, "/giahan 30/10 cho lanh dao ky");

        var question = (await _bot.SayAsync(BotHarness.Admin, command)).Last();

        Assert.Contains($"NHNN đang xin gia hạn đến 30/10/2024, chưa duyệt — {ending} thì đề nghị đó đóng lại", question.Text, StringComparison.Ordinal);
        Assert.Contains("TTRA được gia hạn đến Thứ Năm, 31/10/2024", question.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lapsed_extension_is_not_named()
    {
        _bot.SetLocalTime(2024, 11, 1, 9, 0);

        var question = (await _bot.SayAsync(BotHarness.Admin, "/donghan #1")).Last();

        Assert.DoesNotContain("được gia hạn", question.Text, StringComparison.Ordinal);
        Assert.Equal("Đúng, kết thúc việc này", question.Choices![0].Label);
    }

    [Fact]
    public async Task A_unit_that_handed_in_inside_its_extension_is_not_named()
    {
        await _bot.SendFileAsync(_inspectors, "tong-ket.docx", [1, 2, 3], "#1");

        var question = (await _bot.SayAsync(BotHarness.Admin, "/huyhan #1")).Last().Text;

        Assert.DoesNotContain("được gia hạn", question, StringComparison.Ordinal);
        Assert.Contains("Hủy việc #1", question, StringComparison.Ordinal);
    }
}
