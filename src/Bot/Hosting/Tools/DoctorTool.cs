using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Channels.Zalo;
using QcdcBot.Bot.Channels.Zalo.Api;
using QcdcBot.Storage.Database;

namespace QcdcBot.Bot.Hosting.Tools;

/// <summary>
/// <c>doctor</c>: the checks of a start without starting — every settings validation the host runs, the store (opens,
/// migrates, integrity, stored files' hashes), each configured channel (getMe, its webhook for the mode chosen, the
/// webhook URL answering) — as a short Vietnamese/English report with what to fix. Exit 1 when anything is wrong.
/// </summary>
internal static class DoctorTool
{
    public const string Usage = "dotnet run --project src/Bot -- doctor [--Storage:Path <tệp.db>] [--Telegram:Mode Webhook …]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, Action<IHostApplicationBuilder>? configure = null)
    {
        var parsed = ToolArguments.Parse(args, []);
        if (parsed.Error is not null)
        {
            await output.WriteLineAsync($"{parsed.Error}\nCách dùng: {Usage}");
            return 2;
        }

        var report = new DoctorReport(output);
        IHost host;
        try
        {
            host = BotHost.Create(parsed.Settings, configure);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OptionsValidationException or FormatException or ArgumentException)
        {
            await report.FailAsync("Cài đặt / settings", ex.Message, "Sửa khóa được nêu trong appsettings.json hoặc biến môi trường / fix the key named above.");
            return await report.FinishAsync();
        }

        using (host)
        {
            var settingsOk = await CheckSettingsAsync(host.Services, report);
            if (host.Services.GetService<TelegramClient>() is null && host.Services.GetService<ZaloBotClient>() is null)
            {
                await report.FailAsync("Kênh / channels", "không có token nào: bot chỉ chạy trò chuyện thử trên máy, với cơ sở dữ liệu demo / no token: the bot would run the terminal demo",
                    "Đặt Telegram__Token (hoặc Zalo__Token) trong /etc/qcdcbot/qcdcbot.env / set Telegram__Token (or Zalo__Token).");
            }

            await CheckStoreAsync(host.Services, report);
            if (settingsOk)
            {
                await CheckTelegramAsync(host.Services, report);
                await CheckZaloAsync(host.Services, report);
            }
        }

        return await report.FinishAsync();
    }

    private static async Task<bool> CheckSettingsAsync(IServiceProvider services, DoctorReport report)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            await report.OkAsync("Cài đặt / settings", "mọi kiểm tra lúc khởi động đều đạt / every start-up validation passed");
            return true;
        }
        catch (Exception ex) when (ex is OptionsValidationException or AggregateException)
        {
            var failures = ex is AggregateException all ? all.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures) : ((OptionsValidationException)ex).Failures;
            foreach (var failure in failures)
            {
                await report.FailAsync("Cài đặt / settings", failure, "Sửa trong appsettings.json, biến môi trường hoặc user secrets / fix it in appsettings.json, the environment or user secrets.");
            }

            return false;
        }
    }

    private static async Task CheckStoreAsync(IServiceProvider services, DoctorReport report)
    {
        var database = services.GetRequiredService<SqliteDatabase>();
        try
        {
            await database.MigrateAsync();
            var check = await StoreCheck.RunAsync(database.FilePath, CancellationToken.None);
            if (check.IsHealthy)
            {
                await report.OkAsync($"Cơ sở dữ liệu / store {database.FilePath}", check.Summary());
            }
            else
            {
                await report.FailAsync($"Cơ sở dữ liệu / store {database.FilePath}", $"integrity_check: {check.Integrity}; {check.BadFiles.Count} tệp sai SHA-256 / stored files with a wrong hash",
                    "Dừng bot và khôi phục bản sao lưu gần nhất: restore --from <tệp> / stop the bot and restore the latest backup.");
            }
        }
        catch (Exception ex) when (ex is SqliteException or SchemaTooNewException or IOException or UnauthorizedAccessException)
        {
            await report.FailAsync($"Cơ sở dữ liệu / store {database.FilePath}", ex.Message,
                "Kiểm tra Storage:Path, quyền ghi thư mục, và phiên bản bot / check Storage:Path, write access to its folder, and the bot's version.");
        }
    }

    private static async Task CheckTelegramAsync(IServiceProvider services, DoctorReport report)
    {
        if (services.GetService<TelegramClient>() is not { } client)
        {
            return;
        }

        var settings = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        try
        {
            var me = await client.GetMeAsync(CancellationToken.None);
            await report.OkAsync("Telegram getMe", $"@{me.Username} (id {me.Id})");
            var webhook = await client.GetWebhookInfoAsync(CancellationToken.None);
            if (settings.Mode == ReceiveMode.Polling)
            {
                await report.OkAsync("Telegram webhook", string.IsNullOrEmpty(webhook.Url)
                    ? "không đặt, đúng với chế độ Polling / none, as polling needs"
                    : $"đang đặt {webhook.Url}; bot sẽ gỡ khi khởi động ở chế độ Polling / set, and polling removes it at start");
            }
            else if (!string.IsNullOrEmpty(settings.WebhookUrl) && webhook.Url != settings.WebhookUrl)
            {
                await report.FailAsync("Telegram webhook", $"Telegram có \"{webhook.Url}\", cài đặt là \"{settings.WebhookUrl}\" / Telegram has another URL",
                    "Khởi động bot một lần để đăng ký lại, hoặc sửa Telegram:WebhookUrl / start the bot once to register it, or fix Telegram:WebhookUrl.");
            }
            else if (!string.IsNullOrEmpty(webhook.LastErrorMessage))
            {
                await report.FailAsync("Telegram webhook", $"Telegram báo lỗi gần nhất / last error: {webhook.LastErrorMessage} ({webhook.PendingUpdateCount} cập nhật đang chờ / pending)",
                    "Kiểm tra proxy TLS và Web:Listen; Telegram phải gọi được địa chỉ này / check the TLS proxy and Web:Listen.");
            }
            else
            {
                await report.OkAsync("Telegram webhook", $"{webhook.Url} ({webhook.PendingUpdateCount} cập nhật đang chờ / pending)");
            }
        }
        catch (Exception ex) when (ex is TelegramApiException or TelegramUnavailableException)
        {
            await report.FailAsync("Telegram", ex.Message, ex is TelegramApiException { ErrorCode: 401 or 404 }
                ? "Token sai hoặc đã bị thu hồi: lấy lại từ @BotFather, đặt Telegram__Token / wrong or revoked token: get it again from @BotFather."
                : "Kiểm tra mạng tới Telegram:ApiBaseUrl / check the network to Telegram:ApiBaseUrl.");
        }

        if (settings.Mode == ReceiveMode.Webhook && !string.IsNullOrEmpty(settings.WebhookUrl))
        {
            await CheckReachableAsync("Telegram webhook URL", settings.WebhookUrl, report);
        }
    }

    private static async Task CheckZaloAsync(IServiceProvider services, DoctorReport report)
    {
        if (services.GetService<ZaloBotClient>() is not { } client)
        {
            return;
        }

        var settings = services.GetRequiredService<IOptions<ZaloOptions>>().Value;
        try
        {
            var me = await client.GetMeAsync(CancellationToken.None);
            await report.OkAsync("Zalo getMe", $"{me.DisplayName ?? me.AccountName} (id {me.Id})");
            if (settings.Mode == ReceiveMode.Webhook && !string.IsNullOrEmpty(settings.WebhookUrl))
            {
                var webhook = await client.GetWebhookInfoAsync(CancellationToken.None);
                if (webhook?.Url == settings.WebhookUrl)
                {
                    await report.OkAsync("Zalo webhook", settings.WebhookUrl);
                }
                else
                {
                    await report.FailAsync("Zalo webhook", $"Zalo có \"{webhook?.Url}\", cài đặt là \"{settings.WebhookUrl}\"",
                        "Khởi động bot một lần để đăng ký lại, hoặc sửa Zalo:WebhookUrl / start the bot once, or fix Zalo:WebhookUrl.");
                }

                await CheckReachableAsync("Zalo webhook URL", settings.WebhookUrl, report);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            await report.FailAsync("Zalo", ex.Message, "Kiểm tra Zalo:Token và mạng tới Zalo:ApiBaseUrl / check Zalo:Token and the network.");
        }
    }

    /// <summary>A POST without the secret: our webhook answers 401, which proves the address leads to it.</summary>
    private static async Task CheckReachableAsync(string what, string url, DoctorReport report)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await http.PostAsync(new Uri(url), new StringContent("{}"));
            await report.OkAsync(what, $"trả lời HTTP {(int)response.StatusCode} / answers");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await report.FailAsync(what, $"không gọi được / unreachable ({ex.GetType().Name})",
                "Kiểm tra DNS, proxy TLS (nginx/caddy) và Web:Listen / check DNS, the TLS proxy and Web:Listen.");
        }
    }
}
