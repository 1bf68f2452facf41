using System.Text.Json.Nodes;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Telegram;

namespace QcdcBot.Tests.Telegram;

/// <summary>Albums, buttons, replies, groups and limits through the real host and the fake Bot API.</summary>
public sealed class TelegramConversationTests : IAsyncLifetime
{
    private const long Secretary = 2002;

    private FakeBotApi _api = null!;
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _host = new TelegramTestHost(_api);
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task An_album_becomes_one_submission_with_all_its_files()
    {
        var unit = await Seed.SecretaryAsync(_host, Secretary);
        var deadline = await Seed.DeadlineAsync(_host, "Kế hoạch thực hiện QCDC năm 2027", new DateOnly(2027, 10, 25));
        byte[][] files = [[1, 2, 3, 4], [5, 6, 7], [8, 9]];
        _api.AddFile("p1-large", files[0]);
        _api.AddFile("p2-large", files[1]);
        _api.AddFile("d3", files[2]);

        _api.Enqueue(Updates.Photo(Secretary, "p1-small", "p1-large", files[0].Length, mediaGroupId: "album-1", caption: "Kế hoạch QCDC"));
        _api.Enqueue(Updates.Photo(Secretary, "p2-small", "p2-large", files[1].Length, mediaGroupId: "album-1"));
        _api.Enqueue(Updates.Document(Secretary, "d3", "phu-luc.pdf", files[2].Length, mediaGroupId: "album-1"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        var submissions = await _host.Get<SubmissionStore>().AllForDeadlineAsync(deadline.Id);
        var submission = Assert.Single(submissions);
        Assert.Equal(unit.Id, submission.UnitId);
        Assert.Equal(3, submission.Files.Count);
        for (var i = 0; i < files.Length; i++)
        {
            Assert.Equal(files[i], await _host.Get<SubmissionStore>().ReadFileAsync(submission.Files[i].Sha256));
        }

        Assert.Single(_api.MessagesTo(Secretary), m => m.Contains("Biên nhận số", StringComparison.Ordinal));
        // Only the largest photo size is downloaded.
        Assert.DoesNotContain(_api.CallsTo("getFile"), c => c.Body["file_id"]!.GetValue<string>().EndsWith("-small", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Choices_are_buttons_and_pressing_one_answers_the_query_marks_the_choice_and_completes_the_upload()
    {
        await Seed.SecretaryAsync(_host, Secretary);
        await Seed.DeadlineAsync(_host, "Báo cáo sơ kết 6 tháng", new DateOnly(2027, 6, 20));
        var second = await Seed.DeadlineAsync(_host, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));
        _api.AddFile("doc-q", [42, 43]);

        _api.Enqueue(Updates.Document(Secretary, "doc-q", "bao-cao.docx", 2));
        var question = await _api.WaitForAsync("sendMessage", c => c.Body["reply_markup"] is not null && c.Body["chat_id"]!.GetValue<long>() == Secretary);
        var buttons = question.Body["reply_markup"]!["inline_keyboard"]!.AsArray().Select(row => row![0]!).ToList();
        Assert.All(buttons, b => Assert.StartsWith("1|", b!["callback_data"]!.GetValue<string>(), StringComparison.Ordinal));
        var pick = buttons.Single(b => b!["text"]!.GetValue<string>().Contains("tổng kết", StringComparison.Ordinal))!;

        var botMessage = question.Result!.AsObject().DeepClone().AsObject();
        botMessage["reply_markup"] = question.Body["reply_markup"]!.DeepClone();
        _api.Enqueue(Updates.Callback(Secretary, botMessage, pick["callback_data"]!.GetValue<string>()));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        var answer = await _api.WaitForAsync("answerCallbackQuery");
        Assert.Null(answer.Body["text"]);
        var edit = await _api.WaitForAsync("editMessageText");
        Assert.Equal(botMessage["message_id"]!.GetValue<long>(), edit.Body["message_id"]!.GetValue<long>());
        Assert.Contains("✓ " + pick["text"]!.GetValue<string>(), edit.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(edit.Body["reply_markup"]);
        Assert.NotNull(await _host.Get<SubmissionStore>().LatestAsync((await Seed.SecretaryUnitAsync(_host)).Id, second.Id));
    }

    [Fact]
    public async Task A_stale_or_foreign_button_gets_a_polite_answer_and_changes_nothing()
    {
        var message = Updates.Message(Updates.User(FakeBotApi.BotId), Updates.PrivateChat(Secretary), "Chọn việc");
        _api.Enqueue(Updates.Callback(Secretary, message, "9|/chon abc 1"));

        var answer = await _api.WaitForAsync("answerCallbackQuery");
        Assert.Contains("không hợp lệ", answer.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Empty(_api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task A_status_reply_to_a_bot_message_is_tied_to_that_messages_deadline()
    {
        var unit = await Seed.SecretaryAsync(_host, Secretary);
        await Seed.DeadlineAsync(_host, "Báo cáo sơ kết 6 tháng", new DateOnly(2027, 6, 20));
        var about = await Seed.DeadlineAsync(_host, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));

        // A proactive message (a reminder, say) about one deadline, sent through the channel-neutral sender.
        var sender = _host.Get<IEnumerable<QcdcBot.Bot.Channels.IChannelSender>>().Single(s => s.Channel == "telegram");
        await sender.SendAsync(new ConversationReference("telegram", Secretary.ToString(System.Globalization.CultureInfo.InvariantCulture), null),
            new OutboundMessage("Nhắc việc: Báo cáo tổng kết năm <hạn 10/12/2027> & các phụ lục") { AboutDeadlineId = about.Id }, default);
        var reminder = await _api.WaitForMessageAsync(Secretary, "Nhắc việc");
        Assert.Contains("&lt;hạn 10/12/2027&gt; &amp; các", reminder.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("HTML", reminder.Body["parse_mode"]!.GetValue<string>());

        _api.Enqueue(Updates.ReplyTo(Secretary, reminder.Result!["message_id"]!.GetValue<long>(), "Đang thực hiện"));
        await _api.WaitForMessageAsync(Secretary, "Đã ghi nhận");

        var notes = await _host.Get<StatusNoteStore>().LatestForDeadlineAsync(about.Id);
        Assert.True(notes.ContainsKey(unit.Id));
    }

    [Fact]
    public async Task A_file_over_20_MB_gets_a_clear_answer_without_being_downloaded()
    {
        await Seed.SecretaryAsync(_host, Secretary);
        await Seed.DeadlineAsync(_host, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));

        _api.Enqueue(Updates.Document(Secretary, "huge", "ho-so.pdf", 25L * 1024 * 1024));
        var reply = await _api.WaitForMessageAsync(Secretary, "quá lớn");

        Assert.Contains("tối đa 20", reply.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_api.CallsTo("getFile"));
        Assert.Empty(_api.CallsTo("file"));
    }

    [Fact]
    public async Task In_a_group_the_bot_ignores_chatter_answers_tallies_and_an_admin_makes_it_the_leadership_chat()
    {
        const long group = -1001234567890;
        await Seed.DeadlineAsync(_host, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));

        _api.Enqueue(Updates.BotAddedToGroup(TelegramTestHost.Admin, group));
        await _api.WaitForMessageAsync(group, "/nhomlanhdao");
        _api.Enqueue(Updates.Group(3003, group, "Chào mọi người, chiều nay họp nhé"));
        _api.Enqueue(Updates.Group(3003, group, "/giao@OtherBot việc gì đó trước 1/1/2028"));
        _api.Enqueue(Updates.Group(3003, group, "/nhomlanhdao"));
        await _api.WaitForMessageAsync(group, "Chỉ Ban Tuyên giáo");
        _api.Enqueue(Updates.Group(TelegramTestHost.Admin, group, "/nhomlanhdao@" + FakeBotApi.Username));
        await _api.WaitForMessageAsync(group, "nhóm lãnh đạo");
        _api.Enqueue(Updates.Group(TelegramTestHost.Admin, group, "/giao@" + FakeBotApi.Username + " Việc mới trước 1/12/2027"));
        await _api.WaitForMessageAsync(group, "chỉ trả lời");
        _api.Enqueue(Updates.Group(TelegramTestHost.Admin, group, "/hanchot@" + FakeBotApi.Username));
        var tally = await _api.WaitForMessageAsync(group, "Báo cáo tổng kết năm");

        Assert.NotNull(tally.Body["reply_parameters"]);
        Assert.Equal(5, _api.MessagesTo(group).Count); // greeting, refusal, leadership, private-only, tally
        Assert.Single(await _host.Get<DeadlineStore>().ListAsync());
        Assert.Contains(group.ToString(System.Globalization.CultureInfo.InvariantCulture), await _host.Get<TelegramLeadershipChats>().AllAsync(default));
        Assert.Contains(group.ToString(System.Globalization.CultureInfo.InvariantCulture), await _host.Get<LeadershipChatStore>().AllAsync());
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_marked_unreachable()
    {
        await Seed.SecretaryAsync(_host, Secretary);
        _api.Inject("sendMessage", new Fault.Blocked());

        _api.Enqueue(Updates.Text(Secretary, "/viec"));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await _host.Get<QcdcBot.Storage.Members.MemberStore>().FindAsync("telegram", Secretary.ToString(System.Globalization.CultureInfo.InvariantCulture)))!.Reachable)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "the member was not marked unreachable");
            await Task.Delay(50);
        }

        Assert.Single(_api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task A_document_is_uploaded_as_multipart_with_its_bytes_and_name()
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i % 251)).ToArray();
        var sender = _host.Get<TelegramAdapter>();

        await sender.SendAsync(new ConversationReference("telegram", "2002", null),
            new OutboundMessage("Bảng tổng hợp") { Document = new OutboundDocument("tong-hop.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes) }, null, default);

        var upload = await _api.WaitForAsync("sendDocument");
        Assert.Equal(bytes, upload.Upload);
        Assert.Equal("tong-hop.xlsx", upload.Body["file_name"]!.GetValue<string>());
        Assert.Equal("2002", upload.Body["chat_id"]!.GetValue<string>());
        Assert.Single(_api.MessagesTo(Secretary), m => m == "Bảng tổng hợp");
    }
}
