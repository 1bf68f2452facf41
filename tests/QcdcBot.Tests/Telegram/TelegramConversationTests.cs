using System.Text.Json.Nodes;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Leadership;
using QcdcBot.Storage.Telegram;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Telegram;

/// <summary>Albums, buttons, replies, groups and limits through the real host and the fake Bot API.</summary>
public sealed class TelegramConversationTests : RunningTelegramHost
{
    private const long Secretary = 2002;

    [Fact]
    public async Task An_album_becomes_one_submission_with_all_its_files()
    {
        var unit = await Seed.SecretaryAsync(App, Secretary);
        var deadline = await Seed.DeadlineAsync(App, "Kế hoạch thực hiện QCDC năm 2027", new DateOnly(2027, 10, 25));
        byte[][] files = [TestFiles.WellFormed("anh.jpg", [1, 2, 3, 4]), TestFiles.WellFormed("anh.jpg", [5, 6, 7]), TestFiles.WellFormed("phu-luc.pdf", [8, 9])];
        Api.AddFile("p1-large", files[0]);
        Api.AddFile("p2-large", files[1]);
        Api.AddFile("d3", files[2]);

        Api.Enqueue(Updates.Photo(Secretary, "p1-small", "p1-large", files[0].Length, mediaGroupId: "album-1", caption: "Kế hoạch QCDC"));
        Api.Enqueue(Updates.Photo(Secretary, "p2-small", "p2-large", files[1].Length, mediaGroupId: "album-1"));
        Api.Enqueue(Updates.Document(Secretary, "d3", "phu-luc.pdf", files[2].Length, mediaGroupId: "album-1"));
        await Api.WaitForMessageAsync(Secretary, "Biên nhận số");

        var submissions = await App.Get<SubmissionStore>().AllForDeadlineAsync(deadline.Id);
        var submission = Assert.Single(submissions);
        Assert.Equal(unit.Id, submission.UnitId);
        Assert.Equal(3, submission.Files.Count);
        for (var i = 0; i < files.Length; i++)
        {
            Assert.Equal(files[i], await App.Get<SubmissionStore>().ReadFileAsync(submission.Files[i].Sha256));
        }

        Assert.Single(Api.MessagesTo(Secretary), m => m.Contains("Biên nhận số", StringComparison.Ordinal));
        // Only the largest photo size is downloaded.
        Assert.DoesNotContain(Api.CallsTo("getFile"), c => c.Body["file_id"]!.GetValue<string>().EndsWith("-small", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Choices_are_buttons_and_pressing_one_answers_the_query_marks_the_choice_and_completes_the_upload()
    {
        await Seed.SecretaryAsync(App, Secretary);
        await Seed.DeadlineAsync(App, "Báo cáo sơ kết 6 tháng", new DateOnly(2027, 6, 20));
        var second = await Seed.DeadlineAsync(App, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));
        Api.AddFile("doc-q", TestFiles.WellFormed("bao-cao.docx", [42, 43]));

        Api.Enqueue(Updates.Document(Secretary, "doc-q", "bao-cao.docx", 2));
        var question = await Api.WaitForAsync("sendMessage", c => c.Body["reply_markup"] is not null && c.Body["chat_id"]!.GetValue<long>() == Secretary);
        var buttons = question.Body["reply_markup"]!["inline_keyboard"]!.AsArray().Select(row => row![0]!).ToList();
        Assert.All(buttons, b => Assert.StartsWith("1|", b!["callback_data"]!.GetValue<string>(), StringComparison.Ordinal));
        var pick = buttons.Single(b => b!["text"]!.GetValue<string>().Contains("tổng kết", StringComparison.Ordinal))!;

        var botMessage = question.Result!.AsObject().DeepClone().AsObject();
        botMessage["reply_markup"] = question.Body["reply_markup"]!.DeepClone();
        Api.Enqueue(Updates.Callback(Secretary, botMessage, pick["callback_data"]!.GetValue<string>()));
        await Api.WaitForMessageAsync(Secretary, "Biên nhận số");

        var answer = await Api.WaitForAsync("answerCallbackQuery");
        Assert.Null(answer.Body["text"]);
        var edit = await Api.WaitForAsync("editMessageText");
        Assert.Equal(botMessage["message_id"]!.GetValue<long>(), edit.Body["message_id"]!.GetValue<long>());
        Assert.Contains("✓ " + pick["text"]!.GetValue<string>(), edit.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(edit.Body["reply_markup"]);
        Assert.NotNull(await App.Get<SubmissionStore>().LatestAsync((await Seed.SecretaryUnitAsync(App)).Id, second.Id));
    }

    [Fact]
    public async Task A_stale_or_foreign_button_gets_a_polite_answer_and_changes_nothing()
    {
        var message = Updates.Message(Updates.User(FakeBotApi.BotId), Updates.PrivateChat(Secretary), "Chọn việc");
        Api.Enqueue(Updates.Callback(Secretary, message, "9|/chon abc 1"));

        var answer = await Api.WaitForAsync("answerCallbackQuery");
        Assert.Contains("không hợp lệ", answer.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Empty(Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task A_status_reply_to_a_bot_message_is_tied_to_that_messages_deadline()
    {
        var unit = await Seed.SecretaryAsync(App, Secretary);
        await Seed.DeadlineAsync(App, "Báo cáo sơ kết 6 tháng", new DateOnly(2027, 6, 20));
        var about = await Seed.DeadlineAsync(App, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));

        // A proactive message (a reminder, say) about one deadline, sent through the channel-neutral sender.
        var sender = App.Get<IEnumerable<QcdcBot.Bot.Channels.IChannelSender>>().Single(s => s.Channel == "telegram");
        await sender.SendAsync(new ConversationReference("telegram", Secretary.ToString(System.Globalization.CultureInfo.InvariantCulture), null),
            new OutboundMessage("Nhắc việc: Báo cáo tổng kết năm <hạn 10/12/2027> & các phụ lục") { AboutDeadlineId = about.Id }, default);
        var reminder = await Api.WaitForMessageAsync(Secretary, "Nhắc việc");
        Assert.Contains("&lt;hạn 10/12/2027&gt; &amp; các", reminder.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        // Telegram reads parse_mode without regard to case; Telegram.Bot writes "Html".
        Assert.Equal("HTML", reminder.Body["parse_mode"]!.GetValue<string>(), ignoreCase: true);

        Api.Enqueue(Updates.ReplyTo(Secretary, reminder.Result!["message_id"]!.GetValue<long>(), "Đang thực hiện"));
        await Api.WaitForMessageAsync(Secretary, "Đã ghi nhận");

        var notes = await App.Get<StatusNoteStore>().LatestForDeadlineAsync(about.Id);
        Assert.True(notes.ContainsKey(unit.Id));
    }

    [Fact]
    public async Task A_file_over_20_MB_gets_a_clear_answer_without_being_downloaded()
    {
        await Seed.SecretaryAsync(App, Secretary);
        await Seed.DeadlineAsync(App, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));

        Api.Enqueue(Updates.Document(Secretary, "huge", "ho-so.pdf", 25L * 1024 * 1024));
        var reply = await Api.WaitForMessageAsync(Secretary, "quá lớn");

        Assert.Contains("tối đa 20", reply.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(Api.CallsTo("getFile"));
        Assert.Empty(Api.CallsTo("file"));
    }

    [Fact]
    public async Task A_file_over_20_MB_gets_a_personal_upload_page_link_when_the_page_is_on()
    {
        await using var app = new TelegramTestHost(Api, new Dictionary<string, string?>
        {
            ["Web:Listen"] = "http://127.0.0.1:0",
            ["Web:PublicUrl"] = "https://qcdc.example.vn",
            ["Bot:MaxFileBytes"] = (50L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await App.StopAsync();
        await app.StartAsync();
        await Seed.SecretaryAsync(app, Secretary);
        var deadline = await Seed.DeadlineAsync(app, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));

        Api.Enqueue(Updates.Document(Secretary, "huge", "ho-so.pdf", 25L * 1024 * 1024));

        await Api.WaitForMessageAsync(Secretary, "quá lớn để gửi qua Telegram");
        var links = await Api.WaitForMessageAsync(Secretary, "https://qcdc.example.vn/nop/");
        Assert.Contains($"#{deadline.Id} Báo cáo tổng kết năm", links.Body["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(Api.CallsTo("getFile"));
    }

    [Fact]
    public async Task In_a_group_the_bot_ignores_chatter_answers_tallies_and_an_admin_makes_it_the_leadership_chat()
    {
        const long group = -1001234567890;
        await Seed.DeadlineAsync(App, "Báo cáo tổng kết năm", new DateOnly(2027, 12, 10));

        Api.Enqueue(Updates.BotAddedToGroup(TelegramTestHost.Admin, group));
        await Api.WaitForMessageAsync(group, "/nhomlanhdao");
        Api.Enqueue(Updates.Group(3003, group, "Chào mọi người, chiều nay họp nhé"));
        Api.Enqueue(Updates.Group(3003, group, "/giao@OtherBot việc gì đó trước 1/1/2028"));
        Api.Enqueue(Updates.Group(3003, group, "/nhomlanhdao"));
        await Api.WaitForMessageAsync(group, "Chỉ Ban Tuyên giáo");
        Api.Enqueue(Updates.Group(TelegramTestHost.Admin, group, "/nhomlanhdao@" + FakeBotApi.Username));
        await Api.WaitForMessageAsync(group, "nhóm lãnh đạo");
        Api.Enqueue(Updates.Group(TelegramTestHost.Admin, group, "/giao@" + FakeBotApi.Username + " Việc mới trước 1/12/2027"));
        await Api.WaitForMessageAsync(group, "chỉ trả lời");
        Api.Enqueue(Updates.Group(TelegramTestHost.Admin, group, "/hanchot@" + FakeBotApi.Username));
        var tally = await Api.WaitForMessageAsync(group, "Báo cáo tổng kết năm");

        Assert.NotNull(tally.Body["reply_parameters"]);
        Assert.Equal(5, Api.MessagesTo(group).Count); // greeting, refusal, leadership, private-only, tally
        Assert.Single(await App.Get<DeadlineStore>().ListAsync());
        Assert.Contains(await App.Get<TelegramLeadershipChats>().LeadershipChatsAsync(default), c => c.ChatId == group.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(group.ToString(System.Globalization.CultureInfo.InvariantCulture), await App.Get<LeadershipChatStore>().AllAsync("telegram"));
    }

    [Fact]
    public async Task A_person_who_blocked_the_bot_is_marked_unreachable()
    {
        await Seed.SecretaryAsync(App, Secretary);
        Api.Inject("sendMessage", new Fault.Blocked());

        Api.Enqueue(Updates.Text(Secretary, "/viec"));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await App.Get<QcdcBot.Storage.Members.MemberStore>().FindAsync("telegram", Secretary.ToString(System.Globalization.CultureInfo.InvariantCulture)))!.Reachable)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "the member was not marked unreachable");
            await Task.Delay(50);
        }

        Assert.Single(Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task A_document_is_uploaded_as_multipart_with_its_bytes_and_name()
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i % 251)).ToArray();
        var sender = App.Get<TelegramAdapter>();

        await sender.SendAsync(new ConversationReference("telegram", "2002", null),
            new OutboundMessage("Bảng tổng hợp") { Document = new OutboundDocument("tong-hop.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes) }, null, default);

        var upload = await Api.WaitForAsync("sendDocument");
        Assert.Equal(bytes, upload.Upload);
        Assert.Equal("tong-hop.xlsx", upload.Body["file_name"]!.GetValue<string>());
        Assert.Equal("2002", upload.Body["chat_id"]!.GetValue<string>());
        Assert.Single(Api.MessagesTo(Secretary), m => m == "Bảng tổng hợp");
    }
}
