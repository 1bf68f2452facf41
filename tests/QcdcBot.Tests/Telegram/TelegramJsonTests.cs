using System.Text.Json;
using QcdcBot.Bot.Channels.Telegram.Api;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace QcdcBot.Tests.Telegram;

/// <summary>
/// Telegram.Bot's build-time JSON metadata put in front of its reflection (<see cref="TelegramJson"/>) reads and writes
/// exactly the text the library's reflection-only options do, for the updates the bot reads and the requests it sends.
/// </summary>
public sealed class TelegramJsonTests
{
    // What Telegram sends: a text with entities and a reply, a document, a photo, a forwarded message (a polymorphic
    // origin), a button press on a message, the bot added to a group, an edit, and fields the bot does not know.
    public static TheoryData<string> Updates =>
    [
        """{"update_id":10,"message":{"message_id":5,"date":1800000000,"from":{"id":7,"is_bot":false,"first_name":"Lan","last_name":"Nguyễn","username":"lan","language_code":"vi"},"chat":{"id":7,"type":"private","first_name":"Lan"},"text":"/tonghop 3","entities":[{"offset":0,"length":8,"type":"bot_command"}],"reply_to_message":{"message_id":4,"date":1799999000,"chat":{"id":7,"type":"private"},"text":"Việc #3"}}}""",
        """{"update_id":11,"message":{"message_id":6,"date":1800000001,"from":{"id":8,"is_bot":false,"first_name":"Hà"},"chat":{"id":-100123,"type":"supergroup","title":"Chi bộ 1"},"document":{"file_name":"Báo cáo.docx","mime_type":"application/vnd.openxmlformats-officedocument.wordprocessingml.document","file_id":"BQAC","file_unique_id":"AgAD","file_size":51200},"caption":"nộp #2"}}""",
        """{"update_id":12,"message":{"message_id":7,"date":1800000002,"from":{"id":8,"is_bot":false,"first_name":"Hà"},"chat":{"id":8,"type":"private"},"photo":[{"file_id":"p1","file_unique_id":"u1","width":90,"height":60,"file_size":1000},{"file_id":"p2","file_unique_id":"u2","width":1280,"height":853}],"media_group_id":"g1"}}""",
        """{"update_id":13,"message":{"message_id":8,"date":1800000003,"chat":{"id":8,"type":"private"},"from":{"id":8,"is_bot":false,"first_name":"Hà"},"forward_origin":{"type":"user","date":1799000000,"sender_user":{"id":9,"is_bot":false,"first_name":"An"}},"text":"đã nộp"}}""",
        """{"update_id":14,"callback_query":{"id":"cb1","from":{"id":7,"is_bot":false,"first_name":"Lan"},"chat_instance":"ci","data":"x:1","message":{"message_id":9,"date":1800000004,"chat":{"id":7,"type":"private"},"from":{"id":99,"is_bot":true,"first_name":"QCDC"},"text":"Chọn","reply_markup":{"inline_keyboard":[[{"text":"1) Có","callback_data":"x:1"}]]}}}}""",
        """{"update_id":15,"my_chat_member":{"chat":{"id":-100124,"type":"group","title":"Lãnh đạo"},"from":{"id":7,"is_bot":false,"first_name":"Lan"},"date":1800000005,"old_chat_member":{"status":"left","user":{"id":99,"is_bot":true,"first_name":"QCDC"}},"new_chat_member":{"status":"member","user":{"id":99,"is_bot":true,"first_name":"QCDC"}}}}""",
        """{"update_id":16,"edited_message":{"message_id":5,"date":1800000000,"edit_date":1800000100,"chat":{"id":7,"type":"private"},"from":{"id":7,"is_bot":false,"first_name":"Lan"},"text":"sửa","some_future_field":{"a":[1,2]}}}""",
    ];

    [Fact]
    public void The_librarys_generated_metadata_is_asked_first_and_its_reflection_after_it()
    {
        var options = TelegramJson.Prepare(LibraryOptions());

        Assert.IsType<JsonBotSerializerContext>(options.TypeInfoResolverChain[0]);
        Assert.Equal(2, options.TypeInfoResolverChain.Count);
    }

    [Theory]
    [MemberData(nameof(Updates))]
    public void An_update_reads_and_writes_back_as_the_librarys_reflection_does(string json)
    {
        var reflection = LibraryOptions();
        var generated = TelegramJson.Prepare(LibraryOptions());

        var byReflection = JsonSerializer.Deserialize<Update>(json, reflection);
        var byGenerated = JsonSerializer.Deserialize<Update>(json, generated);

        Assert.Equal(JsonSerializer.Serialize(byReflection, reflection), JsonSerializer.Serialize(byGenerated, reflection));
        Assert.Equal(JsonSerializer.Serialize(byReflection, reflection), JsonSerializer.Serialize(byGenerated, generated));
    }

    [Fact]
    public void The_requests_the_bot_sends_are_written_as_the_librarys_reflection_writes_them()
    {
        var keyboard = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("1) Có", "x:1"), InlineKeyboardButton.WithCallbackData("0) Không", "x:0")]]);
        object[] requests =
        [
            new SendMessageRequest
            {
                ChatId = 7,
                Text = "<b>Việc #3</b> — hạn 05/12",
                ParseMode = ParseMode.Html,
                ReplyMarkup = keyboard,
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
                ReplyParameters = new ReplyParameters { MessageId = 5, AllowSendingWithoutReply = true },
            },
            new SendMessageRequest { ChatId = -100123, Text = "Đã nhận" },
            new EditMessageTextRequest { ChatId = 7, MessageId = 9, Text = "Đã chọn: Có", ParseMode = ParseMode.Html },
            new EditMessageReplyMarkupRequest { ChatId = 7, MessageId = 9, ReplyMarkup = InlineKeyboardMarkup.Empty() },
            new AnswerCallbackQueryRequest { CallbackQueryId = "cb1", Text = "Đã ghi" },
            new SendChatActionRequest { ChatId = 7, Action = ChatAction.Typing },
            new GetFileRequest { FileId = "BQAC" },
            new DeleteWebhookRequest { DropPendingUpdates = false },
            new SetWebhookRequest { Url = "https://qcdc.example/telegram", SecretToken = "s3cr3t", AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery] },
        ];
        var reflection = LibraryOptions();
        var generated = TelegramJson.Prepare(LibraryOptions());

        foreach (var request in requests)
        {
            Assert.Equal(JsonSerializer.Serialize(request, request.GetType(), reflection), JsonSerializer.Serialize(request, request.GetType(), generated));
        }
    }

    [Fact]
    public void A_sent_messages_answer_reads_as_the_librarys_reflection_reads_it()
    {
        const string Answer = """{"ok":true,"result":{"message_id":2,"date":1800000000,"chat":{"id":1,"type":"private"},"text":"·","entities":[{"offset":0,"length":1,"type":"bold"}]}}""";
        var reflection = LibraryOptions();
        var generated = TelegramJson.Prepare(LibraryOptions());

        var byReflection = JsonSerializer.Deserialize<ApiResponse<Message>>(Answer, reflection);
        var byGenerated = JsonSerializer.Deserialize<ApiResponse<Message>>(Answer, generated);

        Assert.Equal(JsonSerializer.Serialize(byReflection, reflection), JsonSerializer.Serialize(byGenerated, reflection));
    }

    // The library's options as it makes them, fresh: reflection only, never used before this test.
    private static JsonSerializerOptions LibraryOptions()
    {
        var options = new JsonSerializerOptions();
        JsonBotAPI.Configure(options);
        return options;
    }
}
