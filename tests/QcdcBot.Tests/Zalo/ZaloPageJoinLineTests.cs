using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>Pages sent while "which deadline?" is open join the waiting files with one short line, not the whole question again.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_further_photo_while_the_question_is_open_gets_one_short_line_and_the_first_answer_files_both()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo giữa kỳ", new DateOnly(2027, 12, 20));
        var chosen = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra", new DateOnly(2027, 12, 10));

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang1.jpg", [1, 1, 1])));
        var question = await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang2.jpg", [2, 2, 2])));
        var added = await _api.WaitForMessageAsync(Secretary, "Đã thêm");

        Assert.Contains($"#{chosen.Id} Kế hoạch kiểm tra", question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kế hoạch kiểm tra", added.Text, StringComparison.Ordinal);
        Assert.InRange((added.Text ?? string.Empty).Length, 1, 199);
        Assert.Single(_api.MessagesTo(Secretary), m => m.Contains("nộp cho việc nào?", StringComparison.Ordinal) && m.Contains("\n  ", StringComparison.Ordinal));

        _api.Enqueue(ZaloEvents.Text(Secretary, chosen.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        Assert.Equal(2, (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, chosen.Id))!.Files.Count);
    }
}
