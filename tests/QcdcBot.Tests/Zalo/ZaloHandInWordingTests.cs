using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Zalo;

/// <summary>A Zalo bot cannot receive documents: nothing the bot tells a Zalo secretary asks them to send a file to it.</summary>
public sealed class ZaloHandInWordingTests : IAsyncLifetime
{
    private const string Secretary = "5ec0000aa66b88fe6d6a9";

    private FakeZaloApi _api = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeZaloApi.StartAsync();
        _host = ZaloTestHost.Create(_api, new Dictionary<string, string?>
        {
            ["Web:Listen"] = "http://127.0.0.1:0",
            ["Web:PublicUrl"] = "https://qcdc.example.vn",
        });
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Tasks_help_an_unclear_message_and_a_reminder_on_zalo_point_to_nopfile_and_the_upload_link_not_to_sending_a_file()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        _api.Enqueue(ZaloEvents.Text(Secretary, "/viec"));
        var tasks = await _api.WaitForMessageAsync(Secretary, "Việc của");
        _api.Enqueue(ZaloEvents.Text(Secretary, "/trogiup"));
        var help = await _api.WaitForMessageAsync(Secretary, "người nộp báo cáo");
        _api.Enqueue(ZaloEvents.Text(Secretary, "alo alo"));
        var unclear = await _api.WaitForMessageAsync(Secretary, "Bot chưa hiểu");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{deadline.Id}"));
        var reminder = await _api.WaitForMessageAsync(Secretary, "Nhắc việc");

        foreach (var text in new[] { tasks.Text, help.Text, unclear.Text, reminder.Text })
        {
            Assert.DoesNotContain("gửi tệp cho bot", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Gửi tệp kèm", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Gửi tệp (.docx", text, StringComparison.Ordinal);
            Assert.DoesNotContain("gửi tệp báo cáo,", text, StringComparison.Ordinal);
        }

        Assert.Contains("/nopfile", tasks.Text, StringComparison.Ordinal);
        Assert.Contains("/nopfile", help.Text, StringComparison.Ordinal);
        Assert.Contains("/nopfile", unclear.Text, StringComparison.Ordinal);
        Assert.Contains("mở đường dẫn nộp tệp bên dưới", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("Nộp tệp tại: https://qcdc.example.vn/nop/", reminder.Text, StringComparison.Ordinal);
    }
}
