using System.Text.RegularExpressions;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// Every list of a unit's deadlines is in the one order the README promises (still owed before handed in, each by the
/// unit's own due date, then by number): /viec, a status reply's question, "đã nộp rồi", the upload links of "em gửi
/// file word rồi" or "nộp file" never list the same deadlines in another order seconds apart.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("đã nộp rồi", "em gửi file word rồi")]
    [InlineData("dang lam", "nop file")]
    [InlineData("bên em gửi rồi nhé", "minh gui file pdf roi")]
    public async Task Replies_seconds_apart_list_the_units_deadlines_in_one_order(string first, string second)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var late = await ZaloSeed.DeadlineAsync(_host, "Báo cáo công tác dân vận năm 2027", new DateOnly(2027, 12, 20));
        var early = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tiếp xúc cử tri năm 2028", new DateOnly(2027, 12, 10));
        var handed = await ZaloSeed.DeadlineAsync(_host, "Danh sách cán bộ nguồn", new DateOnly(2027, 12, 8));
        var middle = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý IV", new DateOnly(2027, 12, 15));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("ds.jpg", [4, 2]), caption: $"#{handed.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        var tasks = await NextReplyAsync("/viec");
        var one = await NextReplyAsync(first);
        await NextReplyAsync("0");
        var two = await NextReplyAsync(second, until: "/nop/");

        long[] expected = [early.Id, middle.Id, late.Id, handed.Id];
        Assert.Equal(expected, Numbers(tasks));
        foreach (var reply in new[] { one, two })
        {
            // "đã nộp rồi" says first what the bot already has ("Bot đã có … #3"), then lists what is owed: the owed ones are compared.
            var listed = Numbers(reply).Where(id => id != handed.Id).ToList();
            Assert.True(listed.Count >= 2, reply);
            Assert.True(expected.Where(listed.Contains).SequenceEqual(listed), reply);
        }
    }

    /// <summary>What the bot answered <paramref name="text"/> with: the messages to the secretary that came after it.</summary>
    /// <param name="until">Waits for the message holding this too (an answer in two messages).</param>
    private async Task<string> NextReplyAsync(string text, string? until = null)
    {
        var before = _api.MessagesTo(Secretary).Count;
        _api.Enqueue(ZaloEvents.Text(Secretary, text));
        string Since() => string.Join("\n", _api.MessagesTo(Secretary).Skip(before));
        for (var i = 0; i < 750 && (_api.MessagesTo(Secretary).Count == before || (until is not null && !Since().Contains(until, StringComparison.Ordinal))); i++)
        {
            await Task.Delay(20);
        }

        return Since();
    }

    /// <summary>The deadline numbers a reply names, each once, in the order it names them first.</summary>
    private static List<long> Numbers(string text) =>
        Regex.Matches(text, "#(\\d+)").Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
}
