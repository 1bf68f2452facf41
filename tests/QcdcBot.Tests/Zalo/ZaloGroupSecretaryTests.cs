namespace QcdcBot.Tests.Zalo;

/// <summary>A secretary who mentions the bot in a group with what belongs in a private chat is told so, as anyone else is.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("@Bot QCDC dang lam")]
    [InlineData("@Bot QCDC đơn vị em đang làm ạ")]
    [InlineData("@Bot QCDC #3 đã gửi bản giấy")]
    [InlineData("Dạ @Bot QCDC chi bộ em đang làm")]
    public async Task A_secretary_mentioning_the_bot_in_a_group_with_a_status_is_told_to_write_privately(string said)
    {
        const string Group = "9f0000aa66b88fe6d6a9";
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.GroupText(Group, Secretary, said));

        var reply = await _api.WaitForMessageAsync(Group, "Trong nhóm, bot chỉ trả lời");
        Assert.EndsWith("Việc khác xin nhắn riêng cho bot.", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await _host.Get<QcdcBot.Storage.Statuses.StatusNoteStore>().LatestForDeadlineAsync(deadline.Id));
        Assert.NotNull(unit);
    }
}
