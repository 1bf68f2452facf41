namespace QcdcBot.Tests.Zalo;

/// <summary>A file the unit already handed in changes nothing: only its sender is told, not every member of the unit.</summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_duplicate_file_is_told_to_its_sender_only()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.SecretaryAsync(_host, SecondSecretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1.jpg", [1, 1, 1])));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        await _api.WaitForMessageAsync(SecondSecretary, "Người nộp:");

        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1-lai.jpg", [1, 1, 1])));
        await _api.WaitForMessageAsync(Secretary, "Tệp này đã được nhận trước đó");
        // A marker sent after it: once the colleague has it, the duplicate notice would have come before.
        _api.Enqueue(ZaloEvents.Text(SecondSecretary, "/toi"));
        await _api.WaitForMessageAsync(SecondSecretary, "Mã tài khoản chat của bạn");

        Assert.DoesNotContain(_api.MessagesTo(SecondSecretary), m => m.Contains("đã được nhận trước đó", StringComparison.Ordinal));
    }
}
