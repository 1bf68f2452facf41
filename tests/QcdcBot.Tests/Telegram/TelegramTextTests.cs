using System.Text;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Conversation;

namespace QcdcBot.Tests.Telegram;

public sealed class TelegramTextTests
{
    [Fact]
    public void User_text_is_escaped_for_HTML_parse_mode() =>
        Assert.Equal("a &lt;b&gt; &amp; &quot;c&quot;", TelegramHtml.Escape("a <b> & \"c\""));

    [Fact]
    public void Long_text_is_split_at_line_ends_and_every_part_fits()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"{i}. Đảng bộ <cơ sở> số {i} & các chi bộ trực thuộc").ToList();
        var text = string.Join('\n', lines);

        var parts = MessageSplitter.Split(text, TelegramRenderer.MaxLength);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= TelegramRenderer.MaxLength));
        Assert.Equal(text, string.Join('\n', parts));
    }

    [Fact]
    public void A_single_line_longer_than_the_limit_is_cut_without_losing_text()
    {
        var text = new string('x', 9000);

        var parts = MessageSplitter.Split(text, TelegramRenderer.MaxLength);

        Assert.Equal(3, parts.Count);
        Assert.Equal(text, string.Concat(parts));
    }

    [Theory]
    [InlineData("/chon a1b2c3 2")]
    [InlineData("/duyet 12")]
    public void Callback_data_is_versioned_and_round_trips(string payload)
    {
        var data = CallbackData.Encode(payload)!;

        Assert.StartsWith("1|", data, StringComparison.Ordinal);
        Assert.Equal(payload, CallbackData.Decode(data));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2|/duyet 12")]
    [InlineData("/duyet 12")]
    [InlineData("1|")]
    public void Unknown_or_empty_callback_data_is_refused(string? data) => Assert.Null(CallbackData.Decode(data));

    [Fact]
    public void Oversize_callback_data_is_neither_made_nor_accepted()
    {
        var payload = "/chon " + new string('đ', 40);

        Assert.Null(CallbackData.Encode(payload));
        Assert.Null(CallbackData.Decode("1|" + payload));
        Assert.True(Encoding.UTF8.GetByteCount("1|" + payload) > CallbackData.MaxBytes);
    }

    [Fact]
    public void Choices_become_one_button_per_row_on_the_last_part()
    {
        var message = new OutboundMessage("Nộp cho việc nào?") { Choices = [new Choice("Việc 1", "/chon q1 1"), new Choice("Việc 2", "/chon q1 2")] };

        var part = Assert.Single(TelegramRenderer.Render(message));

        Assert.Equal(2, part.Keyboard!.InlineKeyboard.Count);
        Assert.Equal("1|/chon q1 2", part.Keyboard.InlineKeyboard[1][0].CallbackData);
    }

    [Fact]
    public void A_choice_too_long_for_a_button_falls_back_to_numbered_options()
    {
        var message = new OutboundMessage("Chọn:") { Choices = [new Choice("Một", "/chon " + new string('a', 80))] };

        var part = Assert.Single(TelegramRenderer.Render(message));

        Assert.Null(part.Keyboard);
        Assert.Contains("1) Một", part.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(3, 4000)]
    [InlineData(10, 30000)]
    public void Back_off_doubles_up_to_the_cap_and_jitter_stays_within_half(int attempt, int cappedMs)
    {
        var low = RetryBackoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0);
        var high = RetryBackoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0.999999);

        Assert.Equal(cappedMs / 2.0, low.TotalMilliseconds, 3);
        Assert.True(high.TotalMilliseconds <= cappedMs);
    }

    [Fact]
    public void The_webhook_secret_check_accepts_only_the_exact_secret()
    {
        Assert.True(SecretHeader.Matches("abc_DEF-1", "abc_DEF-1"));
        Assert.False(SecretHeader.Matches("abc_DEF-2", "abc_DEF-1"));
        Assert.False(SecretHeader.Matches(null, "abc_DEF-1"));
        Assert.False(SecretHeader.Matches(string.Empty, string.Empty));
        Assert.False(WebhookSecret.IsValid("has space"));
    }

    [Fact]
    public void The_api_exception_names_the_method_and_description_but_never_a_url()
    {
        var ex = new TelegramApiException("sendMessage", 403, "Forbidden: bot was blocked by the user");

        Assert.True(ex.IsUnreachable);
        Assert.False(ex.IsTransient);
        Assert.DoesNotContain("http", ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
