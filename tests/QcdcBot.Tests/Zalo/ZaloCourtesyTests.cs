using QcdcBot.Bot.Conversation;

namespace QcdcBot.Tests.Zalo;

/// <summary>A message made only of courtesy words, however they are strung together, gets the short thanks, not the help.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("ok em cảm ơn ạ")]
    [InlineData("ok em cam on")]
    [InlineData("vâng em cảm ơn")]
    [InlineData("dạ vâng ạ")]
    [InlineData("oke")]
    [InlineData("ok ạ cảm ơn chị")]
    [InlineData("Dạ em nhận được rồi ạ, cảm ơn anh!")]
    public async Task A_message_made_only_of_courtesy_words_gets_the_short_thanks(string said)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var reply = await _api.WaitForMessageAsync(Secretary, "");
        Assert.Equal(Hints.Courtesy, reply.Text);
    }

    [Theory]
    [InlineData("ok em cảm ơn, còn việc nào chưa nộp ạ")]
    [InlineData("ok em gửi sau")]
    public async Task Courtesy_words_with_something_more_are_not_taken_for_a_thank_you(string said)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);

        _api.Enqueue(ZaloEvents.Text(Secretary, said));

        var reply = await _api.WaitForMessageAsync(Secretary, "");
        Assert.NotEqual(Hints.Courtesy, reply.Text);
    }
}
