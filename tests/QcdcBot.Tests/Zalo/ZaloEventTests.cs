using QcdcBot.Bot.Channels.Zalo;
using QcdcBot.Bot.Channels.Zalo.Api;

namespace QcdcBot.Tests.Zalo;

/// <summary>Event bodies as Zalo documents them and as implementations have seen them.</summary>
public sealed class ZaloEventTests
{
    [Fact]
    public void The_documented_wrapped_sample_reads()
    {
        const string sample = """{"ok":true,"result":{"event_name":"message.text.received","message":{"from":{"id":"6ede9afa66b88fe6d6a9","display_name":"Ted","is_bot":false},"chat":{"id":"6ede9afa66b88fe6d6a9","chat_type":"PRIVATE"},"text":"Xin chào","message_id":"2d758cb5e222177a4e35","date":1750316131602}}}""";

        var parsed = ZaloEvent.Parse(sample)!;

        Assert.Equal(ZaloEvent.Text, parsed.EventName);
        Assert.Equal("Xin chào", parsed.Message.Text);
        Assert.Equal("6ede9afa66b88fe6d6a9", parsed.Message.FromId);
        Assert.Equal("Ted", parsed.Message.DisplayName);
        Assert.False(parsed.Message.Chat.IsGroup);
        Assert.Equal(1750316131602, parsed.Message.Date);
    }

    [Fact]
    public void A_bare_body_reads_the_same_as_a_wrapped_one()
    {
        var bare = ZaloEvents.Text("6ede9afa66b88fe6d6a9", "đang làm");

        Assert.Equal(ZaloEvent.Parse(ZaloEvents.Wrapped(bare).ToJsonString()), ZaloEvent.Parse(bare.ToJsonString()));
    }

    [Fact]
    public void A_photo_is_read_from_photo_or_photo_url_and_ids_may_be_numbers()
    {
        const string body = """{"event_name":"message.image.received","message":{"from":{"id":12345},"chat":{"id":12345,"chat_type":"PRIVATE"},"photo_url":"https://f.example/a.jpg","caption":"kế hoạch","message_id":987,"date":"1750316131602"}}""";

        var parsed = ZaloEvent.Parse(body)!;

        Assert.Equal("https://f.example/a.jpg", parsed.Message.PhotoUrl);
        Assert.Equal("kế hoạch", parsed.Message.Caption);
        Assert.Equal("12345", parsed.Message.FromId);
        Assert.Equal("987", parsed.Message.MessageId);
        Assert.Equal(1750316131602, parsed.Message.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"ok":true}""")]
    [InlineData("""{"event_name":"message.text.received"}""")]
    [InlineData("""{"event_name":"message.text.received","message":{"text":"no ids"}}""")]
    public void A_body_that_is_not_an_event_reads_as_nothing(string body) => Assert.Null(ZaloEvent.Parse(body));

    [Theory]
    [InlineData("@Bot QCDC /tinhhinh", "/tinhhinh")]
    [InlineData("@BotQcdc /chuanop #2", "/chuanop #2")]
    [InlineData("/hanchot", "/hanchot")]
    [InlineData("@Bot chào", "@Bot chào")]
    public void A_group_mention_before_the_command_is_dropped(string text, string expected) =>
        Assert.Equal(expected, ZaloUpdateHandler.WithoutMention(text));
}
