using System.Globalization;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// One answer for an excused deadline: a status reply naming it among several numbers says what it says alone
/// (title, "không cần nộp", how to hand in anyway); a file for it gets a receipt that says the excuse gave way to the
/// hand-in (every member's copy); once handed in it is "đã nộp, biên nhận …", never "được miễn".
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("dang lam {0} va {1}")]
    [InlineData("da gui ban giay {1} va {0}")]
    [InlineData("đang làm #{0}, #{1}")]
    public async Task A_status_reply_naming_an_excused_deadline_among_several_numbers_gets_the_full_excused_answer(string pattern)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var owed = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");

        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(CultureInfo.InvariantCulture, pattern, owed.Id, excused.Id)));

        var reply = await _api.WaitForMessageAsync(Secretary, "không cần nộp");
        Assert.Contains($"Việc #{excused.Id} \"Báo cáo vụ việc khiếu nại phát sinh\" đơn vị được miễn", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"/nopfile {excused.Id}", reply.Text, StringComparison.Ordinal);
        Assert.Contains("vẫn muốn nộp", reply.Text, StringComparison.Ordinal);
        await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains($"#{excused.Id} đơn vị được miễn", StringComparison.Ordinal));
        await AssertStillExcusedAsync(unit.Id, excused.Id);
    }

    [Theory]
    [InlineData("#{0}")]
    [InlineData("nop bc #{0} a")]
    public async Task A_photo_for_an_excused_deadline_gets_a_receipt_saying_it_now_counts_as_handed_in_on_every_copy(string caption)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");
        await ZaloSeed.SecretaryAsync(_host, Colleague);

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("kn.jpg", [4, 4, 4]), caption: string.Format(CultureInfo.InvariantCulture, caption, excused.Id)));

        var receipt = await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        Assert.Contains("đã được miễn việc này", receipt.Text, StringComparison.Ordinal);
        Assert.Contains("được tính là đã nộp", receipt.Text, StringComparison.Ordinal);
        var copy = await _api.WaitForMessageAsync(Colleague, "Biên nhận số");
        Assert.Contains("được tính là đã nộp", copy.Text, StringComparison.Ordinal);
        Assert.NotNull(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, excused.Id));
    }

    [Theory]
    [InlineData("dang lam #{0}")]
    [InlineData("#{0} da gui ban giay")]
    [InlineData("dang lam {0} va {1}")]
    public async Task A_status_reply_naming_an_excused_deadline_handed_in_anyway_says_handed_in_with_the_receipt(string pattern)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var owed = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("kn.jpg", [5, 5, 5]), caption: $"#{excused.Id}"));
        var receipt = await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        var number = (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, excused.Id))!.ReceiptNo;
        var before = _api.MessagesTo(Secretary).Count;

        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(CultureInfo.InvariantCulture, pattern, excused.Id, owed.Id)));

        var reply = await _api.WaitForMessageAsync(Secretary, "đã nộp rồi (biên nhận");
        Assert.Contains($"biên nhận {number}", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary).Skip(before), m => m.Contains("được miễn", StringComparison.Ordinal));
        Assert.NotNull(receipt);
    }
}
