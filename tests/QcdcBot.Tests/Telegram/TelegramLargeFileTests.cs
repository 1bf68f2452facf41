using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Web;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Telegram;

/// <summary>A document over Telegram's 50 MB bot send limit goes out as a download link on the web front door.</summary>
public sealed partial class TelegramLargeFileTests
{
    [Fact]
    public async Task A_file_over_50_mb_is_sent_as_a_download_link_that_serves_it()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var host = new TelegramTestHost(api, new Dictionary<string, string?>
        {
            ["Web:Listen"] = "http://127.0.0.1:0",
            ["Web:PublicUrl"] = "https://qcdc.example.vn",
        });
        await host.StartAsync(seedUnits: false);
        var bytes = new byte[TelegramAdapter.MaxSendBytes + 1];
        bytes[^1] = 7;
        // The outbox puts a document's bytes in the file store before the channel sees it.
        await host.Get<SubmissionStore>().PutFileAsync(bytes);
        var telegram = host.Services.GetServices<IChannelSender>().Single(c => c.Channel == TelegramAdapter.ChannelName);
        var admin = TelegramTestHost.Admin.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await telegram.SendAsync(
            new ConversationReference(TelegramAdapter.ChannelName, admin, admin),
            new OutboundMessage("Việc \"Báo cáo\": 120 tệp của 60 đơn vị.") { Document = new OutboundDocument("Tệp đã nộp - việc 3.zip", "application/zip", bytes) },
            default);

        Assert.Empty(api.CallsTo("sendDocument"));
        var note = api.MessagesTo(TelegramTestHost.Admin).Single(m => m.Contains("quá giới hạn gửi tệp", StringComparison.Ordinal));
        var url = host.Get<WebFrontDoor>().Addresses[0] + new Uri(Link().Match(note).Value).AbsolutePath;
        using var http = new HttpClient();
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tệp đã nộp - việc 3.zip", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(bytes.LongLength, (await response.Content.ReadAsByteArrayAsync()).LongLength);
    }

    [GeneratedRegex(@"https://qcdc\.example\.vn/tai/[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
