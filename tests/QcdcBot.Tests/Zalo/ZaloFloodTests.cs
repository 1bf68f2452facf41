using QcdcBot.Bot.Inbox.Flood;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Database;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Zalo;

/// <summary>The per-account flood cap of the inbox, end to end over Zalo polling: bounded answers, nothing of a member's lost.</summary>
public sealed class ZaloFloodTests : IAsyncLifetime
{
    private const string Stranger = "57a0000aa66b88fe6d6a9";
    private const string Secretary = "5ec0000aa66b88fe6d6a9";
    private const int PerWindow = 10;
    private const int StrangerAnswers = 5;

    private FakeZaloApi _api = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeZaloApi.StartAsync();
        _host = ZaloTestHost.Create(_api, new Dictionary<string, string?>
        {
            ["Flood:PerWindow"] = PerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Longer than any test runs, so the counts do not depend on how fast the machine is.
            ["Flood:Window"] = "00:30:00",
            ["Flood:StrangerAnswersPerDay"] = StrangerAnswers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Two_hundred_messages_from_a_stranger_get_a_bounded_number_of_answers_and_another_chat_is_answered()
    {
        for (var i = 0; i < 200; i++)
        {
            _api.Enqueue(ZaloEvents.Text(Stranger, $"tin rác số {i}"));
        }

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/toi"));

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Mã tài khoản chat của bạn");
        await WaitHandledAsync(Stranger, 200);
        await Task.Delay(TimeSpan.FromSeconds(1)); // let the dispatcher send anything still queued
        var answers = _api.MessagesTo(Stranger);
        Assert.InRange(answers.Count, 1, StrangerAnswers);
        Assert.Contains(await _host.Get<AuditStore>().RecentAsync(50), a => a.Action == "inbox.flood" && a.Actor == $"zalo:{Stranger}");
    }

    [Fact]
    public async Task A_member_sending_fifty_photos_fast_has_all_fifty_stored_and_one_notice_instead_of_fifty_answers()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));

        for (var i = 0; i < 50; i++)
        {
            _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage($"trang-{i}.jpg", [0xFF, 0xD8, 0xFF, 0xE0, (byte)i, 1, 2, 3])));
        }

        await WaitHandledAsync(Secretary, 50);
        await _api.WaitForMessageAsync(Secretary, "gửi quá nhanh");
        await using var connection = await _host.Get<SqliteDatabase>().OpenAsync();
        var stored = await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM submission_files f JOIN submissions s ON s.id = f.submission_id WHERE s.unit_id = $u", null, default, ("$u", unit.Id));
        Assert.Equal(50, stored);
        var answers = _api.MessagesTo(Secretary);
        Assert.Single(answers, a => a == FloodGate.KnownNotice);
        Assert.True(answers.Count <= (2 * PerWindow) + 1, $"{answers.Count} answers to 50 photos");
    }

    [Fact]
    public async Task A_leadership_group_is_no_stranger_from_the_message_after_it_is_set()
    {
        const string Group = "9f0000aa66b88fe6d6a9";
        _api.Enqueue(ZaloEvents.GroupText(Group, ZaloTestHost.Admin, "@Bot QCDC /nhomlanhdao"));
        await _api.WaitForMessageAsync(Group, "là nhóm lãnh đạo");

        for (var i = 0; i < StrangerAnswers + 2; i++)
        {
            _api.Enqueue(ZaloEvents.GroupText(Group, ZaloTestHost.Admin, "@Bot QCDC /hanchot"));
        }

        await WaitHandledAsync(Group, StrangerAnswers + 3);
        await WaitForCountAsync(() => _api.MessagesTo(Group).Count, StrangerAnswers + 3);
    }

    [Theory]
    [InlineData("dang ky {0}")]
    [InlineData("Dang ki {0}")]
    [InlineData("{0}")]
    [InlineData("Em là Tú bí thư chi đoàn, mã đăng ký: {0} ạ")]
    public async Task A_stranger_silenced_for_the_day_still_registers_with_a_valid_code_typed_any_way_the_flow_accepts(string typed)
    {
        for (var i = 0; i < StrangerAnswers + 2; i++)
        {
            _api.Enqueue(ZaloEvents.Text(Stranger, $"cho hỏi thủ tục lần {i}"));
            await WaitHandledAsync(Stranger, i + 1);
        }

        await WaitForCountAsync(() => _api.MessagesTo(Stranger).Count, StrangerAnswers);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/madangky NHNN"));
        var invite = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Mã đăng ký cho");
        var code = System.Text.RegularExpressions.Regex.Match(invite.Text!, "/dangky ([A-Z0-9]+)").Groups[1].Value;

        _api.Enqueue(ZaloEvents.Text(Stranger, string.Format(System.Globalization.CultureInfo.InvariantCulture, typed, typed.StartsWith("dang", StringComparison.Ordinal) ? code.ToLowerInvariant() : code)));

        await _api.WaitForMessageAsync(Stranger, "Đăng ký thành công");
        Assert.NotNull(await _host.Get<QcdcBot.Storage.Members.MemberStore>().FindAsync("zalo", Stranger));
    }

    /// <summary>Bounded wait until the inbox has finished <paramref name="count"/> events of the chat.</summary>
    private async Task WaitHandledAsync(string chatId, int count)
    {
        for (var i = 0; i < 1200; i++)
        {
            await using (var connection = await _host.Get<SqliteDatabase>().OpenAsync())
            {
                if (await connection.ScalarAsync<long>("SELECT COUNT(*) FROM inbox WHERE chat_id = $c AND state <> 'pending'", null, default, ("$c", chatId)) >= count)
                {
                    return;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{count} events of {chatId} were not handled.");
    }

    private static async Task WaitForCountAsync(Func<int> count, int expected)
    {
        for (var i = 0; i < 600 && count() < expected; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(count() >= expected, $"{count()} of {expected} answers");
    }
}
