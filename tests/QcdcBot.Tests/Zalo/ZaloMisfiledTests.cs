using System.Globalization;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A photo filed by the "last reminded" guess is moved when the secretary says so just after it, in the words a phone
/// user types ("#1", "gửi nhầm", "nhầm rồi", "không phải việc này"), or sends the same photo again with its number: one
/// filing, under the deadline meant, the first deadline owed again.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("#{0}")]
    [InlineData("#{0} anh vua roi la bao cao so ket a")]
    [InlineData("gửi nhầm ạ, là #{0}")]
    [InlineData("nham roi, bc so ket quy I a")]
    [InlineData("/chuyenviec #{0}")]
    public async Task A_photo_filed_by_the_guess_is_moved_by_the_words_typed_just_after_it(string typed)
    {
        var (reminded, other) = await GuessedPhotoAsync();

        _api.Enqueue(ZaloEvents.Text(Secretary, string.Format(CultureInfo.InvariantCulture, typed, other.Id)));

        var moved = await _api.WaitForMessageAsync(Secretary, "Đã chuyển bài nộp");
        Assert.Contains($"sang việc #{other.Id} \"Báo cáo sơ kết QCDC quý I\"", moved.Text, StringComparison.Ordinal);
        await AssertMovedAsync(reminded, other);
    }

    [Theory]
    [InlineData("gửi nhầm")]
    [InlineData("gui nham viec")]
    [InlineData("không phải việc này ạ")]
    [InlineData("nhầm rồi")]
    public async Task Saying_the_guess_was_wrong_asks_which_deadline_and_the_number_moves_it(string typed)
    {
        var (reminded, other) = await GuessedPhotoAsync();

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));
        await _api.WaitForMessageAsync(Secretary, "Chuyển sang việc nào?");
        Assert.Single(await _host.Get<SubmissionStore>().AllForDeadlineAsync(reminded.Id));
        _api.Enqueue(ZaloEvents.Text(Secretary, other.Id.ToString(CultureInfo.InvariantCulture)));

        await _api.WaitForMessageAsync(Secretary, "Đã chuyển bài nộp");
        await AssertMovedAsync(reminded, other);
    }

    [Fact]
    public async Task The_same_photo_sent_again_with_its_number_moves_the_guessed_filing_instead_of_filing_it_twice()
    {
        var (reminded, other) = await GuessedPhotoAsync();

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p3.png", [3, 1, 4]), $"#{other.Id}"));

        await _api.WaitForMessageAsync(Secretary, "Đã chuyển bài nộp");
        await AssertMovedAsync(reminded, other);
    }

    [Fact]
    public async Task A_status_reply_with_another_number_after_a_guessed_filing_is_a_status_reply_not_a_move()
    {
        var (reminded, other) = await GuessedPhotoAsync();

        _api.Enqueue(ZaloEvents.Text(Secretary, $"#{other.Id} đang làm"));

        await _api.WaitForMessageAsync(Secretary, "đang làm");
        Assert.Single(await _host.Get<SubmissionStore>().AllForDeadlineAsync(reminded.Id));
        Assert.Empty(await _host.Get<SubmissionStore>().AllForDeadlineAsync(other.Id));
    }

    /// <summary>Two open deadlines, a reminder of the second, and a photo without caption filed under it by the guess.</summary>
    private async Task<(Deadline Reminded, Deadline Other)> GuessedPhotoAsync()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var other = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var reminded = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{reminded.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p3.png", [3, 1, 4]), null));
        await _api.WaitForMessageAsync(Secretary, "Hiểu là việc #" + reminded.Id.ToString(CultureInfo.InvariantCulture));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        return (reminded, other);
    }

    private async Task AssertMovedAsync(Deadline reminded, Deadline other)
    {
        var store = _host.Get<SubmissionStore>();
        Assert.Empty(await store.AllForDeadlineAsync(reminded.Id));
        var moved = Assert.Single(await store.AllForDeadlineAsync(other.Id));
        Assert.Equal(1, moved.Version);
        Assert.Single(moved.Files);
    }
}
