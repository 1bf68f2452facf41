using System.Text.Json;
using System.Text.Json.Serialization;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Letters;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The conversation state and the outbox body are stored as JSON written by compile-time generated code. A store
/// written before (by the reflection-based serializer with the same options) must read back whole, and what is
/// written now must be the very text it wrote: a restart across the change loses no question, letter or reply.
/// </summary>
public sealed class StoredJsonFormatTests
{
    private static readonly JsonSerializerOptions StateBefore = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly JsonSerializerOptions BodyBefore = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_conversation_state_is_written_as_before_and_a_stored_one_reads_back_whole()
    {
        var state = FullState();
        var before = JsonSerializer.Serialize(state, StateBefore);

        var now = JsonSerializer.Serialize(state, ConversationStateJson.Default.ConversationState);
        var read = JsonSerializer.Deserialize(before, ConversationStateJson.Default.ConversationState);

        Assert.Equal(before, now);
        Assert.NotNull(read);
        Assert.Equal(before, JsonSerializer.Serialize(read, StateBefore));
        Assert.Contains("\"kind\":\"UploadDeadline\"", now, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_stored_with_enums_as_numbers_or_other_letter_case_still_reads()
    {
        const string Stored = """{"LASTLIST":{"kind":1,"ids":[4,5]},"awaitingExtensionFor":"12"}""";

        var read = JsonSerializer.Deserialize(Stored, ConversationStateJson.Default.ConversationState);

        Assert.Equal(ListKind.Deadlines, read!.LastList!.Kind);
        Assert.Equal([4L, 5L], read.LastList.Ids);
        Assert.Equal(12, read.AwaitingExtensionFor);
    }

    [Fact]
    public void An_outbox_body_is_written_as_before_and_a_stored_one_reads_back_whole()
    {
        var body = new OutboxBody(
            "Đã ghi nhận: đang làm.",
            [new Choice("Việc #3", "/viec 3"), new Choice("Thoát", "thoát")],
            AboutDeadlineId: 3,
            new OutboxDocument("bao-cao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new string('a', 64)),
            ReplyToMessageId: "42",
            HasWayOut: true,
            Shortcuts: true);
        var before = JsonSerializer.Serialize(body, BodyBefore);

        var read = OutboxBody.FromJson(before);

        Assert.Equal(before, body.ToJson());
        Assert.Equal(before, read.ToJson());
        Assert.Equal(body.Document, read.Document);
        Assert.Equal(body.Choices, read.Choices);
    }

    private static ConversationState FullState()
    {
        var at = new DateTimeOffset(2026, 11, 30, 19, 0, 0, TimeSpan.FromHours(7));
        var item = new DraftDeadline(1, "Báo cáo sơ kết", new DateOnly(2026, 12, 19), DeadlineScope.Grassroots, UnitKind.ChiBo, [7, 8], ["Trường Cao đẳng"], ["không rõ"], "… trước ngày 19/12/2026 …", "trước ngày 19/12/2026")
        {
            CreatedAs = 30,
            Weekday = DayOfWeek.Saturday,
            Several = new Dictionary<string, IReadOnlyList<string>> { ["Trường Cao đẳng"] = ["CDN", "CDYB"] },
        };
        var letter = new LetterDraft("L1", "1720-CV/ĐUK", "Công văn", new DateOnly(2026, 11, 20), new string('b', 64), "cv.docx", "application/pdf", [item])
        {
            AlreadyCreated = [30],
            Created = [new CreatedItem(1, 30)],
            JudgedOn = new DateOnly(2026, 11, 21),
            Editing = 1,
        };
        return new ConversationState
        {
            LastList = new ShownList(ListKind.Deadlines, [3, 4]) { ShownAt = at },
            Pending = new PendingQuestion("q1", PendingKind.UploadDeadline, ["/viec 3", "/viec 4"])
            {
                Files = [new PendingFile("bao-cao.docx", "application/pdf", 51_200, new string('c', 64)) { ReceivedAt = at }],
                Date = new DateOnly(2026, 12, 1),
                WaitingSince = at,
                Numbers = [3, 4],
                ReleaseFilesOnClose = true,
            },
            Letter = letter,
            EarlierLetters = [letter with { Id = "L0" }],
            LetterCreated = [new CreatedItem(2, 31)],
            AwaitingExtension = "chi bộ chưa họp",
            AwaitingExtensionFor = 3,
            AwaitingLetter = true,
            ParkedUpload = new PendingQuestion("q0", PendingKind.StatusDeadline, []) { StatusState = "dang_lam" },
        };
    }
}
