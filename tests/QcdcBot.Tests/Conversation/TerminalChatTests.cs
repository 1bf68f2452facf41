using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Channels.Local;
using QcdcBot.Bot.Hosting;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The terminal chat through the whole app: a reminder's choices answered by typing their number, a file's arrival
/// time taken when /gui is typed, the office handing in a file with /gui … /ghinhan, and /la finding people and units
/// however they are typed. Lines are computed when read, so a step can wait for the bot or move the clock first.
/// </summary>
public sealed partial class TerminalChatTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _time = new(BotHarness.DefaultStart);
    private readonly Transcript _transcript = new();
    private readonly RecordedLogs _logs = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_reminders_choices_are_answered_by_typing_their_number()
    {
        await RunAsync(
            "/la NHNN",
            "/la admin",
            "/nhacngay #1",
            ReminderReached(1),
            "/la NHNN",
            Step(() => Task.FromResult<string?>(QuickReply("Đang làm"))),
            "/la admin",
            "/tinhhinh #1");

        var text = _transcript.Text;
        Assert.True(text.Contains("bot: Đã ghi nhận: Đảng bộ Ngân hàng Nhà nước — \"Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024\": đang làm.", StringComparison.Ordinal), text);
        Assert.Contains("Chưa nộp nhưng đã báo: 1 đang làm", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_waiting_for_its_deadline_is_asked_about_again_after_a_reminder_arrives_and_is_answered()
    {
        var file = await FileAsync("trang 1.jpg", [8, 9]);

        await RunAsync(
            "/giao Báo cáo nhanh trước 25/10/2024 cho NHNN",
            "/la NHNN",
            $"/gui \"{file}\"",
            "/la admin",
            "/nhacngay #2",
            ReminderReached(2),
            "/la NHNN",
            Step(() => Task.FromResult<string?>(QuickReply("Nộp file"))),
            "/nopfile");

        var text = _transcript.Text;
        Assert.True(text.Contains("trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì", StringComparison.Ordinal), text);
        Assert.Contains("ảnh \"trang 1.jpg\" gửi lúc trước vẫn đang chờ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_files_arrival_time_is_when_gui_is_typed_even_if_the_deadline_is_chosen_the_next_day()
    {
        var file = await FileAsync("bao cao nhanh.docx", [1, 2, 3]);

        await RunAsync(
            "/giao Báo cáo nhanh trước 21/10/2024 cho NHNN",
            "/la NHNN",
            Step(() => At(2024, 10, 21, 16, 50, $"/gui \"{file}\"")),
            Step(() => At(2024, 10, 22, 9, 5, Regex.Match(_transcript.Text, @"(\d+)\) #\d+ Báo cáo nhanh \(hạn").Groups[1].Value)));

        var text = _transcript.Text;
        Assert.Contains("Bot nhận lúc: 16:50 21/10/2024", text, StringComparison.Ordinal);
        Assert.Contains("Tình trạng: đúng hạn", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_named_without_its_caption_and_an_unquoted_path_with_spaces_is_found()
    {
        var file = await FileAsync("KH 2027 NHNN.docx", [4, 5, 6]);
        var missing = Path.Combine(_temp.Path, "khong-co.docx");

        await RunAsync("/la admin", $"/gui {missing} #7", "/la NHNN", $"/gui {file} #1");

        var text = _transcript.Text;
        Assert.Contains($"bot: Không đọc được tệp \"{missing}\".", text, StringComparison.Ordinal);
        Assert.Contains("• KH 2027 NHNN.docx", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_hands_in_a_file_for_a_unit_with_gui_and_a_ghinhan_caption()
    {
        var file = await FileAsync("KH NHNN gui qua email.docx", [4, 5, 6]);

        await RunAsync("/la NHNN", "/la admin", $"/gui \"{file}\" /ghinhan NHNN #1 nhận ngày 19/10", "1");

        var text = _transcript.Text;
        Assert.Contains("bot: ✅ Đã nhận. Biên nhận số", text, StringComparison.Ordinal);
        Assert.Contains("• KH NHNN gui qua email.docx", text, StringComparison.Ordinal);
        Assert.Contains("Văn phòng nhận ngày: 19/10/2024", text, StringComparison.Ordinal);
        Assert.Contains("bot → local:thuky-nhnn: Ban Tuyên giáo đã ghi nhận bài nộp của đơn vị", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task La_finds_a_registered_person_and_a_unit_code_in_any_case_and_with_or_without_diacritics()
    {
        await RunAsync(
            "/madangky SKHDT",
            "/la Chị Hoa",
            Step(() => Task.FromResult<string?>("/dangky " + Regex.Match(_transcript.Text, @"/dangky ([A-Z0-9]+)").Groups[1].Value)),
            "/la admin",
            "/la chiHoa",
            "/la nhnn");

        var text = _transcript.Text;
        Assert.Contains("Đăng ký thành công", text, StringComparison.Ordinal);
        Assert.Contains("Bạn đang là: chihoa (thư ký Đảng bộ Sở Kế hoạch và Đầu tư, đã đăng ký).", text, StringComparison.Ordinal);
        Assert.Contains("Bạn đang là: thư ký Đảng bộ Ngân hàng Nhà nước (thuky-nhnn).", text, StringComparison.Ordinal);
    }

    private static Func<Task<string?>> Step(Func<Task<string?>> run) => run;

    /// <summary>A step that waits until the reminder of deadline #<paramref name="deadline"/> has reached NHNN's secretary.</summary>
    private Func<Task<string?>> ReminderReached(int deadline) =>
        Step(() => _transcript.WaitFor($"bot → local:thuky-nhnn: ⏰ Nhắc việc #{deadline}", _time));

    /// <summary>What the chat printed from the last <paramref name="marker"/> on.</summary>
    private string TranscriptFrom(string marker)
    {
        var text = _transcript.Text;
        return text[text.LastIndexOf(marker, StringComparison.Ordinal)..];
    }

    /// <summary>A well-formed file of the kind its name says, in the test's folder; its path.</summary>
    private async Task<string> FileAsync(string name, byte[] content)
    {
        var path = Path.Combine(_temp.Path, name);
        await File.WriteAllBytesAsync(path, TestFiles.WellFormed(path, content));
        return path;
    }

    private string QuickReply(string label)
    {
        return Regex.Match(TranscriptFrom("⏰ Nhắc việc"), $@"(\d+)\) {label}").Groups[1].Value;
    }

    private Task<string?> At(int year, int month, int day, int hour, int minute, string line)
    {
        _time.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)));
        return Task.FromResult<string?>(line);
    }

    private async Task RunAsync(params object[] steps)
    {
        using var host = BotHost.Create([], b =>
        {
            b.Configuration["LocalChat:DemoDatabasePath"] = Path.Combine(_temp.Path, "demo.db");
            b.Configuration["LocalChat:SampleUnitsPath"] = BotHarness.SampleUnitsPath;
            b.Services.AddSingleton(new LocalConsole(new ScriptReader(steps), _transcript));
            b.Services.AddSingleton<TimeProvider>(_time);
            b.Logging.ClearProviders();
            b.Logging.AddProvider(_logs);
        });
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await host.RunAsync(safety.Token);
        Assert.False(safety.IsCancellationRequested, "The chat should stop by itself at the end of input.");
        var failures = _logs.Lines.Where(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(l => l.Text).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.DoesNotContain("bot gặp lỗi", _transcript.Text, StringComparison.Ordinal);
    }

    /// <summary>Input lines: a string as is, or a step run when the line is read (waiting for the bot, moving the clock).</summary>
    private sealed class ScriptReader(IReadOnlyList<object> steps) : TextReader
    {
        private int _next;

        public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            while (_next < steps.Count)
            {
                var step = steps[_next++];
                var line = step switch
                {
                    string text => text,
                    Func<Task<string?>> run => await run(),
                    _ => throw new InvalidOperationException($"Unknown step {step}"),
                };
                if (line is not null)
                {
                    return line;
                }
            }

            return null;
        }
    }

    /// <summary>What the chat printed, safe to read while the outbox dispatcher prints from another thread.</summary>
    private sealed class Transcript : TextWriter
    {
        private readonly StringBuilder _text = new();
        private readonly Lock _lock = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (_lock)
                {
                    return _text.ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (_lock)
            {
                _text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_lock)
            {
                _text.Append(value);
            }
        }

        /// <summary>
        /// Waits (a bounded number of short polls) until the bot has printed <paramref name="expected"/>, moving the
        /// clock a second per poll so the outbox dispatcher's timers run; the next line is none.
        /// </summary>
        public async Task<string?> WaitFor(string expected, FakeTimeProvider time)
        {
            for (var i = 0; i < 600 && !Text.Contains(expected, StringComparison.Ordinal); i++)
            {
                time.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(50);
            }

            Assert.Contains(expected, Text, StringComparison.Ordinal);
            return null;
        }
    }
}
