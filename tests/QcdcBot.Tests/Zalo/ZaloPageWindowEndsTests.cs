using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// The page window ends once the bot has written to the member about another deadline: an uncaptioned photo after a
/// reminder (or any message) about #B is asked about, never added to the older submission of #A.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task An_uncaptioned_photo_after_a_reminder_about_another_deadline_is_asked_about_not_joined_to_the_older_submission()
    {
        var (unit, first, second) = await TwoOpenAsync();
        await RemindAsync(first);
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("so-ket-1.jpg", [4, 4, 1])));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        await RemindAsync(second);

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("ke-hoach.jpg", [4, 4, 2])));
        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");

        Assert.Contains($"#{second.Id} Kế hoạch QCDC năm 2028", question.Text, StringComparison.Ordinal);
        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains($"bot đã nhắn về việc #{second.Id}", StringComparison.Ordinal));
        Assert.Single((await _host.Get<SubmissionStore>().LatestAsync(unit.Id, first.Id))!.Files);

        _api.Enqueue(ZaloEvents.Text(Secretary, second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await _api.WaitForAsync("sendMessage", _ => _api.MessagesTo(Secretary).Count(m => m.Contains("Biên nhận số", StringComparison.Ordinal)) == 2);
        Assert.Single((await _host.Get<SubmissionStore>().LatestAsync(unit.Id, second.Id))!.Files);
        Assert.Single((await _host.Get<SubmissionStore>().LatestAsync(unit.Id, first.Id))!.Files);
    }
}
