using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// Words that fit a closed deadline as well as (or better than) the only open one are never filed on the open one
/// quietly: the bot names the closed one as closed, with how to reopen it, and asks.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("so ket dan van kheo")]
    [InlineData("Sơ kết Dân vận khéo 6 tháng")]
    public async Task A_caption_fitting_a_closed_deadline_as_well_as_the_only_open_one_is_asked_about_naming_the_closed_one(string caption)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var closed = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết dân vận khéo 6 tháng", new DateOnly(2027, 6, 20));
        var open = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết dân vận khéo năm 2027", new DateOnly(2027, 12, 20));
        await _host.Get<DeadlineStore>().CloseAsync(closed.Id, $"zalo:{ZaloTestHost.Admin}");

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("dvk.jpg", [7, 1, 7]), caption));
        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");

        Assert.Contains($"việc #{closed.Id} \"Báo cáo sơ kết dân vận khéo 6 tháng\" đã đóng ngày ", question.Text, StringComparison.Ordinal);
        Assert.Contains($"/mohan #{closed.Id}", question.Text, StringComparison.Ordinal);
        Assert.Contains($"#{open.Id} Báo cáo sơ kết dân vận khéo năm 2027", question.Text, StringComparison.Ordinal);
        Assert.Null(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, open.Id));
    }
}
