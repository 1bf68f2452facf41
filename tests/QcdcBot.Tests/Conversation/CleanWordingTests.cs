using System.Text.RegularExpressions;
using QcdcBot.Bot.Exports;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Conversation;

/// <summary>What the bot writes itself ("ngoài bot", "Lý do:") is written once, whatever the person typed.</summary>
public sealed class CleanWordingTests : IAsyncLifetime
{
    private BotHarness _bot = null!;
    private Deadline _deadline = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.CreateAsync();
        _deadline = await _bot.AssignAsync("Báo cáo công tác dân vận quý IV trước ngày 25/10/2024 cho NHNN, CTK, KBNN");
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("", "")]
    [InlineData("nộp ngoài bot", "")]
    [InlineData("nop ngoai bot, ban giay co dau do", "Ghi chú: ban giay co dau do")]
    public async Task A_paper_record_says_outside_the_bot_once_in_the_receipt_and_the_notice(string note, string remark)
    {
        var secretary = await _bot.RegisterSecretaryAsync("NHNN");

        var asked = (await _bot.SayAsync(BotHarness.Admin, $"/ghinhan NHNN #{_deadline.Id} {note}".TrimEnd())).Text();
        var recorded = await _bot.SayAsync(BotHarness.Admin, "1");

        Assert.Single(Regex.Matches(asked, "ngoài bot"));
        var receipt = recorded.Text();
        Assert.Contains("Biên nhận số", receipt, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(receipt, "ngoài bot"));
        Assert.DoesNotContain("Ghi chú: nộp ngoài bot", receipt, StringComparison.Ordinal);
        if (remark.Length > 0)
        {
            Assert.Contains(remark, receipt, StringComparison.Ordinal);
        }

        var notice = Assert.Single(recorded.Proactive, p => p.To.UserId == secretary).Message.Text;
        Assert.Single(Regex.Matches(notice, "ngoài bot"));
    }

    [Fact]
    public async Task The_export_beside_uploaded_files_says_outside_the_bot_once()
    {
        var secretary = await _bot.RegisterSecretaryAsync("CTK");
        await _bot.SendFileAsync(secretary, "bao-cao-quy-4.pdf", [1, 2]);
        await _bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan CTK #{_deadline.Id}");

        var sheet = await _bot.Get<SheetSource>().ReadAsync(_deadline, CancellationToken.None);
        var row = DeadlineSheet.Rows(sheet, _bot.Get<OfficeClock>()).Single(r => r[0] is TextCell { Text: "CTK" });
        var files = string.Join(" | ", row.OfType<TextCell>().Select(c => c.Text));

        Assert.Contains("(nộp ngoài bot)", files, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(files, "ngoài bot"));
    }

    [Theory]
    [InlineData("lý do: chưa đủ chữ ký lãnh đạo")]
    [InlineData("Ly do la chưa đủ chữ ký lãnh đạo")]
    public async Task A_typed_reason_word_is_not_doubled_in_a_refusal_or_a_request(string reason)
    {
        var secretary = await _bot.RegisterSecretaryAsync("KBNN");

        var asked = await _bot.SayAsync(secretary, $"/giahan 31/10/2024 {reason}");
        var refused = await _bot.SayAsync(BotHarness.Admin, $"/tuchoi 1 {reason}");

        var question = Assert.Single(asked.Proactive).Message.Text;
        Assert.Contains("Lý do: chưa đủ chữ ký lãnh đạo", question, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(question, "(?i)l[ýy] do"));
        var notice = Assert.Single(refused.Proactive).Message.Text;
        Assert.Contains("Lý do: chưa đủ chữ ký lãnh đạo.", notice, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(notice, "(?i)l[ýy] do"));
    }
}
