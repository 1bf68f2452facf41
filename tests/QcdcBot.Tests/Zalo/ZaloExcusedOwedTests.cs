using System.Text.RegularExpressions;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A deadline the unit is excused from ("không có nội dung phát sinh" accepted) is owed no more than one handed in:
/// "nộp file" from a unit with nothing else owed says nothing is owed, names the excused one as "được miễn", and
/// offers no upload link for it.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("nộp file")]
    [InlineData("minh gui file pdf roi nhe")]
    public async Task An_excused_deadline_is_owed_nothing_and_said_as_excused_never_offered_an_upload_link(string said)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var handed = await ZaloSeed.DeadlineAsync(_host, "Báo cáo công tác dân vận năm 2027", new DateOnly(2027, 12, 15));
        var excused = await ZaloSeed.DeadlineAsync(_host, "Báo cáo vụ việc khiếu nại phát sinh", new DateOnly(2027, 12, 9));
        var notes = _host.Get<StatusNoteStore>();
        var nothing = await notes.AddAsync(unit.Id, excused.Id, StatusState.NothingToReport, "không phát sinh", null, "test");
        await notes.AcceptExcuseAsync(nothing.Id, "test");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("dv.jpg", [2, 7, 1]), caption: $"#{handed.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var reply = await _api.WaitForMessageAsync(Secretary, "không còn việc nào phải nộp");
        Assert.Contains($"#{excused.Id} \"Báo cáo vụ việc khiếu nại phát sinh\" được miễn", reply.Text, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(reply.Text!, "https://qcdc.example.vn/nop/"));
        Assert.Contains($"• #{handed.Id} ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"• #{excused.Id} ", reply.Text, StringComparison.Ordinal);
    }
}
