using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// "(Hiểu là việc #N …)" is said only when the deadline really was guessed from the last message about it: a page
/// sent within Bot:PageWindow of the receipt belongs to that submission, so it is filed without the guess note.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_page_within_the_window_of_the_receipt_is_filed_without_a_guess_note()
    {
        var (unit, first, _) = await TwoOpenAsync();
        await RemindAsync(first);
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1.jpg", [9, 1])));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        var guesses = _api.MessagesTo(Secretary).Count(m => m.Contains("Hiểu là việc", StringComparison.Ordinal));

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-2.jpg", [9, 2])));
        await _api.WaitForMessageAsync(Secretary, "bài nộp nay gồm 2 tệp/trang");

        Assert.Equal(1, guesses);
        Assert.Equal(guesses, _api.MessagesTo(Secretary).Count(m => m.Contains("Hiểu là việc", StringComparison.Ordinal)));
        Assert.Equal(2, (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, first.Id))!.Files.Count);
    }
}
