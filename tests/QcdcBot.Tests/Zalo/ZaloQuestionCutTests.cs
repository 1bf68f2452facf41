using System.Text.RegularExpressions;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A unit owing more deadlines than a question lists: the file question and "đã gửi rồi" offer the same ones, in one
/// order (the unit's own due date, overdue first), and past the cut say how many more and how to name one.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_file_without_caption_and_an_already_sent_reply_list_the_same_nearest_deadlines_and_count_the_rest()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        // Created out of due order; two are overdue, and one near deadline was extended far out for this unit.
        int[] offsets = [40, -3, 12, 30, 5, 60, -8, 21, 2, 50, 9, 16];
        var made = new List<Deadline>();
        for (var i = 0; i < offsets.Length; i++)
        {
            made.Add(await ZaloSeed.DeadlineAsync(_host, $"Chuyên đề {(char)('A' + i)} về dân vận", today.AddDays(offsets[i])));
        }

        var extended = made[4];
        var request = await _host.Get<ExtensionRequestStore>().CreateAsync(unit.Id, extended.Id, today.AddDays(90), "chờ họp", "test");
        await _host.Get<ExtensionRequestStore>().DecideAsync(request.Id, true, $"zalo:{ZaloTestHost.Admin}");
        var due = made.ToDictionary(d => d.Id, d => d.Id == extended.Id ? today.AddDays(90) : d.DueDate);
        var expected = made.OrderBy(d => due[d.Id]).ThenBy(d => d.Id).Take(8).Select(d => d.Id).ToList();

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-ky.jpg", [4, 4, 4])));
        var question = (await _api.WaitForMessageAsync(Secretary, "nộp cho việc nào?")).Text!;
        _api.Enqueue(ZaloEvents.Text(Secretary, "0"));
        await _api.WaitForMessageAsync(Secretary, "không");
        _api.Enqueue(ZaloEvents.Text(Secretary, "dạ bên em gửi rồi ạ"));
        var answer = (await _api.WaitForMessageAsync(Secretary, "Bot chưa nhận được bài nộp nào")).Text!;

        Assert.Equal(expected, Listed(question, made));
        Assert.Equal(expected, Listed(answer, made));
        Assert.Contains("Còn 4 việc khác: gõ /viec để xem, hoặc gõ số # của việc", question, StringComparison.Ordinal);
        Assert.Contains("Còn 4 việc khác: gõ /viec để xem, hoặc gõ số # của việc", answer, StringComparison.Ordinal);
    }

    /// <summary>The deadlines a message names by "#N", in the order it names them.</summary>
    private static List<long> Listed(string text, IReadOnlyList<Deadline> made) =>
        Regex.Matches(Regex.Replace(text, @"Còn \d+ việc khác[^\n]*", string.Empty), @"#(\d+)").Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Where(id => made.Any(d => d.Id == id)).Distinct().ToList();
}
