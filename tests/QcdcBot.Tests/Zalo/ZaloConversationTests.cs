using System.Text.RegularExpressions;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Leadership;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// End to end over Zalo through the real host: events come by polling from the fake Zalo Bot API, go through the
/// inbox and the conversation core, and every answer goes out through the outbox as Zalo texts.
/// </summary>
public sealed partial class ZaloConversationTests : IAsyncLifetime
{
    private const string Secretary = "5ec0000aa66b88fe6d6a9";
    private const string Leader = "1ead0000a66b88fe6d6a9";
    private const string Stranger = "57a0000aa66b88fe6d6a9";

    private FakeZaloApi _api = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeZaloApi.StartAsync();
        _host = ZaloTestHost.Create(_api, new Dictionary<string, string?>
        {
            ["Bot:Leaders:0"] = $"zalo:{Leader}",
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
    public async Task A_secretary_registers_with_the_code_from_an_invite_that_names_the_bots_zalo_link()
    {
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/madangky NHNN"));
        var invite = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Mã đăng ký cho");
        var code = InviteCode().Match(invite.Text!).Groups[1].Value;
        Assert.Contains($"Trên Zalo: mở https://zalo.me/1459232241 rồi gửi /dangky {code}", invite.Text, StringComparison.Ordinal);

        _api.Enqueue(ZaloEvents.Text(Secretary, "Đăng ký " + code));

        await _api.WaitForMessageAsync(Secretary, "Đăng ký thành công");
        var member = (await _host.Get<MemberStore>().FindAsync("zalo", Secretary))!;
        Assert.Equal("NHNN", (await _host.Get<QcdcBot.Storage.Units.UnitStore>().GetAsync(member.UnitId!.Value))!.Code);
    }

    [Fact]
    public async Task Toi_tells_anyone_their_own_channel_and_id()
    {
        _api.Enqueue(ZaloEvents.Text(Stranger, "/toi"));

        var reply = await _api.WaitForMessageAsync(Stranger, "Mã tài khoản chat của bạn");
        Assert.Contains($"zalo:{Stranger}", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_names_its_code_a_typed_number_answers_it_and_a_photo_goes_to_the_deadline_last_written_about()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var first = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var second = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch QCDC năm 2028", new DateOnly(2027, 12, 30));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{second.Id}"));
        var reminder = await _api.WaitForMessageAsync(Secretary, "Nhắc việc");
        Assert.StartsWith($"⏰ Nhắc việc #{second.Id}: Kế hoạch QCDC năm 2028", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("\n  2) Đang làm", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("Nộp tệp tại: https://qcdc.example.vn/nop/", reminder.Text, StringComparison.Ordinal);

        // "2" is the reminder's second option: a status on that deadline, not on the other open one.
        _api.Enqueue(ZaloEvents.Text(Secretary, "2"));
        var status = await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");
        Assert.Contains("Kế hoạch QCDC năm 2028", status.Text, StringComparison.Ordinal);
        Assert.Equal(StatusState.InProgress, (await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(second.Id))[unit.Id].State);
        Assert.Empty(await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(first.Id));

        // A photo with no caption: Zalo has no reply-to, so the deadline last written about is taken, and named.
        var photo = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4 };
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("trang-1.jpg", photo)));
        var receipt = await _api.WaitForMessageAsync(Secretary, "Biên nhận số");
        Assert.Contains("Kế hoạch QCDC năm 2028", receipt.Text, StringComparison.Ordinal);
        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains($"Hiểu là việc #{second.Id}", StringComparison.Ordinal));
        var stored = (await _host.Get<SubmissionStore>().LatestAsync(unit.Id, second.Id))!;
        Assert.Equal(photo, await _host.Get<SubmissionStore>().ReadFileAsync(stored.Files.Single().Sha256));
        Assert.Equal("zalo", stored.Channel);
    }

    [Fact]
    public async Task An_extension_request_is_approved_by_an_admin_typing_a_number_on_zalo()
    {
        var (unit, _) = await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");

        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan 28/12/2027 chờ đại hội chi bộ"));
        await _api.WaitForMessageAsync(Secretary, "Đã gửi đề nghị gia hạn");
        var question = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");
        Assert.Contains("\n  1) Đồng ý\n  2) Từ chối", question.Text, StringComparison.Ordinal);

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1"));

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đã đồng ý đề nghị");
        await _api.WaitForMessageAsync(Secretary, "28/12/2027");
        Assert.Equal(new DateOnly(2027, 12, 28), (await _host.Get<DeadlineStore>().OverridesAsync(deadline.Id))[unit.Id]);
        Assert.Equal(ExtensionState.Approved, (await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).Single().State);
    }

    [Fact]
    public async Task The_weekly_digest_goes_to_a_zalo_leader_one_to_one_in_parts_of_at_most_2000_characters()
    {
        // A Zalo bot can write only to someone who has written to it.
        _api.Enqueue(ZaloEvents.Text(Leader, "/toi"));
        await _api.WaitForMessageAsync(Leader, "Mã tài khoản chat của bạn");
        for (var i = 1; i <= 12; i++)
        {
            await ZaloSeed.DeadlineAsync(_host, $"Báo cáo chuyên đề số {i} về thực hiện Quy chế dân chủ ở cơ sở năm 2027", new DateOnly(2027, 12, 10 + i));
        }

        await _host.Get<IDigestPublisher>().PublishWeeklyAsync(default);

        // Zalo's conservative limit is one message a second per chat, so the parts come a second apart.
        await _api.WaitForMessageAsync(Leader, "Báo cáo chuyên đề số 12 ", TimeSpan.FromSeconds(30));
        var parts = _api.MessagesTo(Leader).Where(m => !m.StartsWith("Mã tài khoản", StringComparison.Ordinal)).ToList();
        Assert.True(parts.Count > 1, "a digest of 12 deadlines does not fit one Zalo message");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.StartsWith("📊", parts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_makes_a_zalo_group_the_leadership_chat_and_the_weekly_digest_goes_there_split_between_sections()
    {
        const string Group = "9f0000aa66b88fe6d6a9";
        var titles = Enumerable.Range(1, 3).Select(i => $"Báo cáo chuyên đề số {i} về thực hiện Quy chế dân chủ ở cơ sở năm 2027").ToList();
        for (var i = 0; i < titles.Count; i++)
        {
            // Due within the fortnight the digest names owing units for (the host runs on the real clock).
            await ZaloSeed.DeadlineAsync(_host, titles[i], DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime).AddDays(3 + i));
        }

        _api.Enqueue(ZaloEvents.GroupText(Group, Leader, "@Bot QCDC /nhomlanhdao"));
        await _api.WaitForMessageAsync(Group, "mới đặt được nhóm lãnh đạo");
        Assert.Empty(await _host.Get<LeadershipChatStore>().AllAsync("zalo"));

        _api.Enqueue(ZaloEvents.GroupText(Group, ZaloTestHost.Admin, "@Bot QCDC /nhomlanhdao"));
        await _api.WaitForMessageAsync(Group, "Đã đặt nhóm này là nhóm lãnh đạo");
        await _host.Get<IDigestPublisher>().PublishWeeklyAsync(default);

        await _api.WaitForMessageAsync(Group, "Báo cáo chuyên đề số 3 ", TimeSpan.FromSeconds(60));
        var parts = _api.MessagesTo(Group).SkipWhile(m => !m.StartsWith("📊", StringComparison.Ordinal)).ToList();
        Assert.True(parts.Count > 1, "a digest of 3 deadlines, each naming the units still missing, does not fit one Zalo message");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        // Split between sections: every deadline's line arrives whole, in one part.
        Assert.All(titles, t => Assert.Contains(parts, p => p.Contains(t, StringComparison.Ordinal)));
        // The group replaces the 1:1 messages to each leader.
        Assert.DoesNotContain(_api.MessagesTo(Leader), m => m.StartsWith("📊", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_from_anyone_gets_an_answer_and_adds_no_row()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo sơ kết QCDC quý I", new DateOnly(2027, 12, 19));
        var before = await RowCountsAsync();

        _api.Enqueue(ZaloEvents.Text(Stranger, "/dangky SAIMA123"));
        _api.Enqueue(ZaloEvents.Text(Stranger, "cho tôi xem tình hình"));
        _api.Enqueue(ZaloEvents.Sticker(Secretary));
        _api.Enqueue(ZaloEvents.Unsupported(Secretary));
        _api.Enqueue(ZaloEvents.Named("message.file.received", Secretary));
        _api.Enqueue(ZaloEvents.Text(Secretary, new string('x', 9000)));
        _api.Enqueue(ZaloEvents.Text(Secretary, "/giahan 31/4 bận"));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("rong.jpg", [])));
        _api.Enqueue(ZaloEvents.Text(Secretary, "/viec"));

        await _api.WaitForMessageAsync(Secretary, "Việc của");
        Assert.Contains(_api.MessagesTo(Stranger), m => m.Contains("Mã đăng ký không đúng", StringComparison.Ordinal));
        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains("chữ và ảnh chụp", StringComparison.Ordinal));
        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains("quá dài", StringComparison.Ordinal));
        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains("không có thật", StringComparison.Ordinal));
        Assert.Contains(_api.MessagesTo(Secretary), m => m.Contains("Ảnh vừa gửi không mở được", StringComparison.Ordinal));
        Assert.Equal(before, await RowCountsAsync());
    }

    /// <summary>Rows of everything a turn could add by mistake (the inbox, the outbox and conversation state are expected to grow).</summary>
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

    private async Task<string> RowCountsAsync()
    {
        string[] tables = ["members", "deadlines", "submissions", "submission_files", "stored_files", "status_notes", "extension_requests", "invite_codes", "due_overrides"];
        await using var connection = await _host.Get<SqliteDatabase>().OpenAsync();
        var counts = new List<string>();
        foreach (var table in tables)
        {
            counts.Add($"{table}={await connection.ScalarAsync<long>($"SELECT COUNT(*) FROM {table}", null, default)}");
        }

        return string.Join(", ", counts);
    }

    [GeneratedRegex(@"/dangky ([A-Z0-9]+)")]
    private static partial Regex InviteCode();
}
