using QcdcBot.Bot.Conversation;

namespace QcdcBot.Tests.Core;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Short_text_is_one_part()
    {
        Assert.Equal(["xin chào"], MessageSplitter.Split("xin chào", 4096));
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(2000)]
    [InlineData(100)]
    public void Sections_for_300_units_are_split_between_lines_and_lose_nothing(int limit)
    {
        var sections = Enumerable.Range(1, 30).Select(s =>
            string.Join('\n', Enumerable.Range(1, 10).Select(u => $"{s}.{u} Đảng bộ Sở Kế hoạch và Đầu tư số {s * 10 + u}: đã nộp 12/11")));
        var text = string.Join("\n\n", sections);

        var parts = MessageSplitter.Split(text, limit);

        Assert.All(parts, p => Assert.True(p.Length <= limit));
        var originalLines = text.Split('\n').Where(l => l.Length > 0).ToList();
        var splitLines = parts.SelectMany(p => p.Split('\n')).Where(l => l.Length > 0).ToList();
        Assert.Equal(originalLines, splitLines);
    }

    [Fact]
    public void Whole_sections_stay_together_when_they_fit()
    {
        var a = new string('a', 50) + "\n" + new string('b', 50);
        var b = new string('c', 50) + "\n" + new string('d', 50);

        var parts = MessageSplitter.Split(a + "\n\n" + b, 120);

        Assert.Equal([a, b], parts);
    }

    [Fact]
    public void A_single_line_longer_than_the_limit_is_cut_at_spaces_and_keeps_every_word()
    {
        var words = Enumerable.Range(1, 200).Select(i => $"từ{i}").ToList();
        var line = string.Join(' ', words);

        var parts = MessageSplitter.Split(line, 100);

        Assert.All(parts, p => Assert.True(p.Length <= 100));
        Assert.Equal(words, parts.SelectMany(p => p.Split(' ')).ToList());
    }

    [Fact]
    public void An_emoji_is_never_cut_in_half()
    {
        var line = string.Concat(Enumerable.Repeat("😀", 60));

        var parts = MessageSplitter.Split(line, 31);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(line, string.Concat(parts));
    }

    [Fact]
    public void A_long_reply_becomes_one_outbox_part_per_piece_with_buttons_on_the_last_and_the_thread_on_the_first()
    {
        var text = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"{i}. Đảng bộ Sở Kế hoạch và Đầu tư — chưa nộp"));
        var message = new OutboundMessage(text) { Choices = [new Choice("Đồng ý", "/duyet 1")], AboutDeadlineId = 7, ReplyToMessageId = "42" };

        var parts = QcdcBot.Bot.Delivery.OutboxWriter.Parts(message, "telegram");

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Text.Length <= 4096));
        Assert.All(parts, p => Assert.Equal(7, p.AboutDeadlineId));
        Assert.Equal("42", parts[0].ReplyToMessageId);
        Assert.All(parts.Skip(1), p => Assert.Null(p.ReplyToMessageId));
        Assert.All(parts.SkipLast(1), p => Assert.Empty(p.Choices));
        Assert.Single(parts[^1].Choices);
        Assert.Equal(text, string.Join('\n', parts.Select(p => p.Text)));
    }
}
