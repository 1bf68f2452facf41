using System.Text.Json.Nodes;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>A photo in a Zalo group (Zalo passes it on only when it names the bot) gets the group's one line, never silence, and is not stored.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("#{0}")]
    [InlineData(null)]
    public async Task A_secretarys_photo_in_a_group_gets_the_group_line_and_nothing_is_stored(string? caption)
    {
        const string Group = "9f0000aa66b88fe6d6a9";
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var photo = ZaloEvents.Image(Secretary, _api.AddImage("nhom.jpg", [4, 5, 6]), caption?.Replace("{0}", deadline.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        photo["message"]!["chat"] = new JsonObject { ["id"] = Group, ["chat_type"] = "GROUP" };

        _api.Enqueue(photo);

        var line = await _api.WaitForMessageAsync(Group, "Trong nhóm, bot chỉ trả lời");
        Assert.EndsWith("Việc khác xin nhắn riêng cho bot.", line.Text, StringComparison.Ordinal);
        Assert.Null(await _host.Get<SubmissionStore>().LatestAsync(unit.Id, deadline.Id));
        Assert.Empty(_api.CallsTo("image"));
    }
}
