using System.Globalization;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A deadline the unit is excused from is not owed: a vague status reply never lands on it (even when it is the
/// deadline last written about), "việc nào?" leaves it out, naming it is answered with "được miễn", and the excuse stands.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("gui qua email roi")]
    [InlineData("dang lam nhe")]
    [InlineData("da gui ban giay roi a")]
    public async Task A_vague_status_reply_after_an_excuse_is_accepted_asks_among_the_owed_and_keeps_the_excuse(string said)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo công tác dân vận năm 2027", new DateOnly(2027, 12, 15));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var question = await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        Assert.Contains($"#{first.Id} ", question.Text, StringComparison.Ordinal);
        Assert.Contains($"#{second.Id} ", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{excused.Id} ", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains($"Hiểu là việc #{excused.Id}", StringComparison.Ordinal));
        await AssertStillExcusedAsync(unit.Id, excused.Id);
    }

    [Theory]
    [InlineData("da gui qua email roi")]
    [InlineData("dang lam a")]
    public async Task A_status_reply_from_a_unit_owing_nothing_but_an_excused_deadline_says_nothing_is_owed(string said)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var handed = await ZaloSeed.DeadlineAsync(_host, "Báo cáo công tác dân vận năm 2027", new DateOnly(2027, 12, 15));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("dv.jpg", [2, 7, 1]), caption: $"#{handed.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");

        var recorded = Recorded();
        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var reply = await _api.WaitForMessageAsync(Secretary, "không còn việc nào phải nộp");
        Assert.Contains($"#{excused.Id} \"Báo cáo vụ việc khiếu nại phát sinh\" được miễn", reply.Text, StringComparison.Ordinal);
        Assert.Equal(recorded, Recorded());
        await AssertStillExcusedAsync(unit.Id, excused.Id);
    }

    [Theory]
    [InlineData("#{0} dang lam")]
    [InlineData("da gui ban giay #{0} roi")]
    [InlineData("dang lam bc vu viec khieu nai")]
    public async Task A_status_reply_naming_the_excused_deadline_says_it_is_excused_and_asks_whether_to_hand_in_anyway(string pattern)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");

        var recorded = Recorded();
        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(CultureInfo.InvariantCulture, pattern, excused.Id)));

        var reply = await _api.WaitForMessageAsync(Secretary, "được miễn");
        Assert.Contains($"Việc #{excused.Id} ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("vẫn muốn nộp", reply.Text, StringComparison.Ordinal);
        Assert.Equal(recorded, Recorded());
        await AssertStillExcusedAsync(unit.Id, excused.Id);
    }

    [Fact]
    public async Task A_photo_without_caption_is_never_asked_about_or_guessed_onto_an_excused_deadline()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo công tác dân vận năm 2027", new DateOnly(2027, 12, 15));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tuyên truyền năm 2028", new DateOnly(2027, 12, 20));
        var excused = await ExcuseAsync(unit.Id, "Báo cáo vụ việc khiếu nại phát sinh");

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang1.jpg", [1, 2, 3])));

        var question = await _api.WaitForMessageAsync(Secretary, $"#{second.Id}");
        Assert.Contains($"#{first.Id} ", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"#{excused.Id} ", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Biên nhận số", StringComparison.Ordinal));
    }

    /// <summary>The unit says "không có nội dung phát sinh", the admin accepts on Zalo and the unit is told: the deadline last written about.</summary>
    private async Task<Deadline> ExcuseAsync(long unitId, string title)
    {
        var deadline = await ZaloSeed.DeadlineAsync(_host, title, new DateOnly(2027, 12, 9));
        _api.Enqueue(ZaloEvents.Text(Secretary, $"#{deadline.Id} khong co noi dung phat sinh"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/chapnhan");
        var note = (await _host.Get<StatusNoteStore>().ForUnitAsync(unitId)).Single(n => n.DeadlineId == deadline.Id);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/chapnhan " + note.Id.ToString(CultureInfo.InvariantCulture)));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "(không phải nộp, thôi nhắc)?");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1"));
        await _api.WaitForMessageAsync(Secretary, "không phải nộp; bot thôi nhắc");
        return deadline;
    }

    private int Recorded() => _api.MessagesTo(Secretary).Count(m => m.StartsWith("Đã ghi nhận", StringComparison.Ordinal));

    private async Task AssertStillExcusedAsync(long unitId, long deadlineId)
    {
        var latest = Assert.Single(await _host.Get<StatusNoteStore>().LatestForDeadlinesAsync([deadlineId], unitId));
        Assert.True(latest.IsAcceptedExcuse);
    }
}
