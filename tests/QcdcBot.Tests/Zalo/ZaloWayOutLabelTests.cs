using System.Text.RegularExpressions;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>Numbered options are each distinct: beside a choice that starts with "Không", the way out is not a second "Không".</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task The_nothing_to_report_question_to_the_admin_shows_no_two_options_starting_with_khong()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo vụ việc khiếu nại phát sinh", new DateOnly(2027, 12, 9));

        _api.Enqueue(ZaloEvents.Text(Secretary, $"#{deadline.Id} khong co noi dung phat sinh"));

        var question = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/chapnhan");
        Assert.Contains("\n  1) Chấp nhận\n  2) Không chấp nhận\n  0) Thôi (không làm gì)", question.Text, StringComparison.Ordinal);
        AssertDistinctOptions(question.Text!);

        // "0" still leaves the question with nothing decided.
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "0"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "không làm gì cả");
        var note = (await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id)).Single(n => n.DeadlineId == deadline.Id);
        Assert.Null(note.AcceptedBy);
    }

    [Fact]
    public async Task The_typed_refusal_of_a_nothing_to_report_asks_with_options_that_read_differently()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo vụ việc khiếu nại phát sinh", new DateOnly(2027, 12, 9));
        _api.Enqueue(ZaloEvents.Text(Secretary, $"#{deadline.Id} khong co noi dung phat sinh"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "/chapnhan");
        var note = (await _host.Get<StatusNoteStore>().ForUnitAsync(unit.Id)).Single(n => n.DeadlineId == deadline.Id);

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/khongchapnhan {note.Id} nam nay co phat sinh"));

        var confirm = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "(đơn vị vẫn phải nộp, bot tiếp tục nhắc)?");
        AssertDistinctOptions(confirm.Text!);
    }

    /// <summary>No two numbered options open with the same word ("Không …" twice).</summary>
    private static void AssertDistinctOptions(string text)
    {
        var firstWords = Regex.Matches(text, @"^  \d+\) (\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value.TrimEnd(',')).ToList();
        Assert.True(firstWords.Count >= 2, text);
        Assert.Equal(firstWords.Count, firstWords.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
