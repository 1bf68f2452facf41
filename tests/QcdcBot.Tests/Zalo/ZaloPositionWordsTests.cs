using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A numbered question answered by the place in the list ("cái đầu tiên", "cái cuối"), and free text that answers
/// nothing: the question is asked again and stays open, so the number typed next still answers it.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("cai dau tien", 0)]
    [InlineData("Cái đầu tiên ạ", 0)]
    [InlineData("việc đầu", 0)]
    [InlineData("cái thứ hai", 1)]
    [InlineData("thu 2", 1)]
    [InlineData("cái cuối", 2)]
    [InlineData("cuối cùng nhé", 2)]
    public async Task A_place_in_the_list_said_in_words_answers_the_numbered_question(string said, int place)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo giữa kỳ", new DateOnly(2027, 12, 20));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra", new DateOnly(2027, 12, 10));
        await ZaloSeed.DeadlineAsync(_host, "Tổng kết năm", new DateOnly(2027, 12, 27));

        _api.Enqueue(ZaloEvents.Text(Secretary, "dang lam a"));
        var question = await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        var listed = ListedNumbers(question.Text!);
        Assert.Equal(3, listed.Count);
        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        Assert.Equal(StatusState.InProgress, (await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(listed[place]))[unit.Id].State);
        foreach (var other in listed.Where((_, i) => i != place))
        {
            Assert.Empty(await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(other));
        }

        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("chưa hiểu", StringComparison.Ordinal) || m.Contains("Lưu ý", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hmm de em xem lai da")]
    [InlineData("cái nào cũng được")]
    public async Task Text_that_answers_nothing_asks_the_question_again_and_a_number_then_still_answers_it(string said)
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo giữa kỳ", new DateOnly(2027, 12, 20));
        await ZaloSeed.DeadlineAsync(_host, "Kế hoạch kiểm tra", new DateOnly(2027, 12, 10));

        _api.Enqueue(ZaloEvents.Text(Secretary, "/viec"));
        await _api.WaitForMessageAsync(Secretary, "Kế hoạch kiểm tra");
        _api.Enqueue(ZaloEvents.Text(Secretary, "dang lam a"));
        var question = await _api.WaitForMessageAsync(Secretary, "cho việc nào?");
        var listed = ListedNumbers(question.Text!);
        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var again = await _api.WaitForMessageAsync(Secretary, "Câu hỏi vẫn chờ");
        Assert.Contains("cho việc nào?", again.Text, StringComparison.Ordinal);
        Assert.Equal(listed, ListedNumbers(again.Text!));
        Assert.Contains("0) Không", again.Text, StringComparison.Ordinal);
        _api.Enqueue(ZaloEvents.Text(Secretary, listed[1].ToString(CultureInfo.InvariantCulture)));

        await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        Assert.Equal(StatusState.InProgress, (await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(listed[1]))[unit.Id].State);
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Lưu ý: câu hỏi trước", StringComparison.Ordinal));
    }

    private static List<long> ListedNumbers(string question) =>
        ListedNumber().Matches(question).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Where(n => n != 0).ToList();

    [GeneratedRegex(@"^\s*(\d+)\) ", RegexOptions.Multiline)]
    private static partial Regex ListedNumber();
}
