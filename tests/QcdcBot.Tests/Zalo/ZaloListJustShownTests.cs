using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// Right after /viec the member has the list of deadlines in front of them: an unclear file or status reply is asked
/// about in that list's order, not guessed as "the deadline the bot last wrote about" (an older reminder).
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task After_viec_an_uncaptioned_photo_is_asked_about_in_the_lists_order_not_guessed_from_the_older_reminder()
    {
        var (unit, first, second) = await ListAfterReminderAsync();

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("chua-ro.jpg", [2, 0, 2])));
        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");

        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Hiểu là việc", StringComparison.Ordinal));
        var text = question.Text ?? string.Empty;
        Assert.True(text.IndexOf($"#{first.Id} ", StringComparison.Ordinal) < text.IndexOf($"#{second.Id} ", StringComparison.Ordinal));
        Assert.Null(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, second.Id));
    }

    [Fact]
    public async Task After_viec_a_status_reply_without_a_name_asks_which_instead_of_taking_the_reminded_deadline()
    {
        var (unit, _, second) = await ListAfterReminderAsync();

        _api.Enqueue(ZaloEvents.Text(Secretary, "dang hoan thien a"));
        await _api.WaitForMessageAsync(Secretary, "cho việc nào?");

        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Hiểu là việc", StringComparison.Ordinal));
        Assert.Empty(await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id));
    }

    /// <summary>Two open deadlines, a reminder about the second (the guess that would be taken), then /viec read by the secretary.</summary>
    private async Task<(Unit Unit, Deadline First, Deadline Second)> ListAfterReminderAsync()
    {
        var (unit, first, second) = await TwoOpenAsync();
        await RemindAsync(second);
        _api.Enqueue(ZaloEvents.Text(Secretary, "/viec"));
        await _api.WaitForMessageAsync(Secretary, "Việc của");
        return (unit, first, second);
    }
}
