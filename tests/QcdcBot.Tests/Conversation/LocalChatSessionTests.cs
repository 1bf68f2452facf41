using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Channels.Local;
using QcdcBot.Bot.Hosting;
using QcdcBot.Bot.Text;

using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Conversation;

/// <summary>The whole app as <c>printf … | dotnet run --project src/Bot</c> runs it: piped lines in, a transcript out.</summary>
public sealed class LocalChatSessionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_piped_session_registers_lists_uploads_gets_a_receipt_and_shows_the_tally_then_stops()
    {
        var file = Path.Combine(_temp.Path, "ke hoach QCDC.pdf");
        await File.WriteAllBytesAsync(file, "%PDF-"u8.ToArray());
        var script = string.Join('\n',
            "/la NHNN",
            "/viec",
            $"/gui \"{file}\"",
            "/la admin",
            "/tinhhinh",
            "/la SKHDT",
            "/giao Báo cáo thử trước 25/10");
        var transcript = new StringWriter();
        var time = new FakeTimeProvider(BotHarness.DefaultStart);

        using (var host = BotHost.Create([], b =>
        {
            b.Configuration["LocalChat:DemoDatabasePath"] = Path.Combine(_temp.Path, "demo.db");
            b.Configuration["LocalChat:SampleUnitsPath"] = BotHarness.SampleUnitsPath;
            b.Services.AddSingleton(new LocalConsole(new StringReader(script), transcript));
            b.Services.AddSingleton<TimeProvider>(time);
        }))
        {
            using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await host.RunAsync(safety.Token);
            Assert.False(safety.IsCancellationRequested, "The chat should stop by itself at the end of input.");
        }

        var text = transcript.ToString();
        Assert.Contains("Bạn đang là: thư ký Đảng bộ Ngân hàng Nhà nước", text, StringComparison.Ordinal);
        Assert.Contains($"bot: Việc của Đảng bộ Ngân hàng Nhà nước:\n#1 Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024 — hạn {VietnameseWording.DateWithWeekday(new DateOnly(2024, 11, 3))} (còn 14 ngày)", text, StringComparison.Ordinal);
        Assert.Contains("bot: ✅ Đã nhận. Biên nhận số BN2024-00001", text, StringComparison.Ordinal);
        Assert.Contains("• ke hoach QCDC.pdf — 5 B — SHA-256 38523c087796", text, StringComparison.Ordinal);
        Assert.Contains("Tình trạng: đúng hạn", text, StringComparison.Ordinal);
        Assert.Contains("1/74 đơn vị đã nộp (1%)", text, StringComparison.Ordinal);
        Assert.Contains("Lệnh này chỉ dành cho cán bộ Ban Tuyên giáo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bot gặp lỗi", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_terminal_the_admin_answers_an_extension_request_by_typing_its_number()
    {
        var script = string.Join('\n', "/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la admin", "1", "/la NHNN", "/viec");
        var text = await ChatAsync(script);
        Assert.True(text.Contains("bot → local:admin: Đề nghị gia hạn số 1", StringComparison.Ordinal), text);
        Assert.Contains("bot: Đã đồng ý đề nghị số 1: ", text, StringComparison.Ordinal);
        Assert.Contains("đã được gia hạn", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_the_terminal_a_day_off_question_put_aside_by_an_extension_request_comes_back_and_its_notice_is_sent()
    {
        var script = string.Join('\n', "/la NHNN", "/la admin", "/giao Báo cáo chuyên đề dân vận trước 9/11/2024", "/la NHNN", "/giahan #1 6/11/2024 chờ thủ trưởng ký",
            "/la admin", "1", "/duyet 1", "1", "1", "1", "/la NHNN", "/viec");
        var text = await ChatAsync(script);
        // "1" is a choice of both the request and the day-off question: nothing is written until the request's command is typed.
        Assert.True(text.Contains("Số 1 trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì", StringComparison.Ordinal), text);
        Assert.Contains("Câu hỏi trước của bạn vẫn chờ trả lời", text, StringComparison.Ordinal);
        // The "1" right after the "1" that approved the request is asked about once (a double tap), the next one answers.
        Assert.Contains("Số 1 vừa trả lời câu hỏi trước", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hiện không có câu hỏi nào", text, StringComparison.Ordinal);
        Assert.Contains("bot → local:thuky-nhnn: 📌 Việc mới #2: Báo cáo chuyên đề dân vận\nHạn: Thứ Sáu, 8/11/2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalChat_Now_starts_the_terminal_chats_clock_at_the_office_time_given()
    {
        var script = string.Join('\n', "/giao Báo cáo thử trước 20/2");
        var transcript = new StringWriter();

        using (var host = BotHost.Create([], b =>
        {
            b.Configuration["LocalChat:DemoDatabasePath"] = Path.Combine(_temp.Path, "demo.db");
            b.Configuration["LocalChat:SampleUnitsPath"] = BotHarness.SampleUnitsPath;
            b.Configuration["LocalChat:Now"] = "2027-03-01T09:00";
            b.Services.AddSingleton(new LocalConsole(new StringReader(script), transcript));
        }))
        {
            using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await host.RunAsync(safety.Token);
        }

        var text = transcript.ToString();
        // On 1/3/2027, 20/2 has just passed (on the system clock it would be days ahead).
        Assert.Contains("Ngày 20/2 gần nhất (20/2/2027) đã qua", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bot gặp lỗi", text, StringComparison.Ordinal);
    }

    /// <summary>Runs the terminal chat over <paramref name="script"/> on the demo store at the harness's start time; returns the transcript.</summary>
    private async Task<string> ChatAsync(string script)
    {
        var transcript = new StringWriter();
        using (var host = BotHost.Create([], b =>
        {
            b.Configuration["LocalChat:DemoDatabasePath"] = Path.Combine(_temp.Path, "demo.db");
            b.Configuration["LocalChat:SampleUnitsPath"] = BotHarness.SampleUnitsPath;
            b.Services.AddSingleton(new LocalConsole(new StringReader(script), transcript));
            b.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(BotHarness.DefaultStart));
        }))
        {
            using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await host.RunAsync(safety.Token);
        }

        return transcript.ToString();
    }
}
