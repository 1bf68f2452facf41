using System.Security.Cryptography;
using System.Text;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Letters.Reading;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Letters;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A letter from the office (a file or pasted text) becomes a proposal kept in the conversation. A letter with
/// deadlines has its file stored as a blob, like a submission's, so the draft can point at it; nothing else is written.
/// </summary>
internal sealed class LetterIntake(ProposalBuilder builder, SubmissionStore files, UnitStore units, LetterStore letters, OfficeClock clock, WorkingDayCalendar calendar, Microsoft.Extensions.Options.IOptionsMonitor<BotOptions> options)
{
    /// <summary>The name a letter pasted as text is kept under.</summary>
    public const string PastedName = "congvan.txt";

    public async Task FromFileAsync(TurnContext context, InboundAttachment attachment, CancellationToken ct)
    {
        var name = FileNames.Safe(attachment.Name);
        if (!LetterReader.CanRead(name) && !name.EndsWith(".doc", StringComparison.OrdinalIgnoreCase))
        {
            context.Reply($"Bot đọc được công văn dạng {LetterReader.Accepted}; \"{name}\" không phải các loại đó. Chưa tạo việc nào.");
            return;
        }

        var max = options.CurrentValue.MaxFileBytes;
        if (attachment.Size > max)
        {
            context.Reply($"Tệp \"{name}\" quá lớn. Chưa tạo việc nào.");
            return;
        }

        var bytes = await attachment.FetchAsync(ct);
        if (bytes.LongLength > max)
        {
            context.Reply($"Tệp \"{name}\" quá lớn. Chưa tạo việc nào.");
            return;
        }

        var read = LetterReader.Read(name, bytes);
        if (read.Text is not { } text)
        {
            context.Reply(read.Problem + " Chưa tạo việc nào.");
            return;
        }

        await ProposeAsync(context, text, bytes, name, ContentTypes.For(name, attachment.ContentType), ct);
    }

    public async Task FromTextAsync(TurnContext context, string pasted, CancellationToken ct)
    {
        var text = LetterReader.Normalize(pasted);
        if (text.Trim().Length == 0)
        {
            context.Reply(LetterReplies.SendTheLetter(context.TakesDocuments));
            return;
        }

        // Pasted text is kept as a .txt, so a secretary who asks for the letter gets what the office pasted.
        await ProposeAsync(context, text, Encoding.UTF8.GetBytes(text), PastedName, "text/plain", ct);
    }

    private async Task ProposeAsync(TurnContext context, string text, byte[] bytes, string name, string contentType, CancellationToken ct)
    {
        // The same letter sent again while its proposal waits (same number and date, or the same file) keeps that
        // proposal, its numbers and its edits; a letter of the same number with another date replaces it; any other
        // waiting proposal stays, numbered before this one.
        var header = LetterHeaderReader.Read(text);
        var number = header.Number;
        var waiting = WaitingLetters.Of(context.State);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (waiting.FirstOrDefault(d => d.FileSha256 == sha256 || number is not null && d.Number == number && d.LetterDate == header.Date) is { } same)
        {
            context.State = context.State with { AwaitingLetter = false };
            var all = waiting.SelectMany(d => d.Items).ToList();
            var unitList = await units.AllAsync(ct);
            context.Reply($"{same.Header.Reference} đang chờ (mục {string.Join(", ", same.Items.Select(i => i.Number))}); bot giữ đề xuất đang chờ cùng các sửa đổi, không đọc lại.\n" +
                          $"{string.Join('\n', same.Items.Select(i => ProposalText.Item(i, unitList, clock.Today)))}\n{ProposalText.HowToAnswer(all, clock.Today, calendar, waiting.Any(d => d.Created.Count > 0))}");
            return;
        }

        var replaced = number is null ? [] : waiting.Where(d => d.Number == number).ToList();
        // A proposal left from an earlier day is not carried under a new letter, where "tạo 1, 2" typed by habit would
        // create its items: it is dropped, and the reply names it.
        var stale = waiting.Except(replaced).Where(d => d.ProposedOn is { } on && on < clock.Today).ToList();
        var kept = waiting.Except(replaced).Except(stale).ToList();
        var draft = await builder.BuildAsync(text, clock.Today, ct, WaitingLetters.NextNumber(kept)) with { ProposedOn = clock.Today };
        var carried = new List<string>();
        if (replaced.Count > 0 && draft.Items.Count > 0)
        {
            (var items, carried) = EditsCarried.Apply(replaced.SelectMany(d => d.Items), draft.Items);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Edited.Count > 0)
                {
                    items[i] = items[i] with { Warnings = await builder.WarningsAsync(items[i], clock.Today, ct, letterDate: draft.DatedOn) };
                }
            }

            draft = draft with { Items = items };
        }
        if (draft.Items.Count > 0)
        {
            // Only a letter with deadlines to create keeps its file; the blob is shared if the same file comes twice.
            var sha = await files.PutFileAsync(bytes, ct);
            draft = draft with { FileSha256 = sha, FileName = name, ContentType = contentType };
            if (draft.Number is null)
            {
                // A letter without a number is known again by its file.
                draft = await builder.MatchCreatedAsync(draft with { AlreadyCreated = await letters.DeadlinesFromFileAsync(sha, ct) }, clock.Today, ct);
            }
        }

        context.State = WaitingLetters.With(context.State with { AwaitingLetter = false, LetterCreated = [] }, draft.Items.Count > 0 ? [.. kept, draft] : waiting.Except(stale));
        var reply = ProposalText.Render(draft, await units.AllAsync(ct), clock.Today, calendar);
        if (draft.Items.Count > 0 && replaced.Count > 0)
        {
            reply += $"\nĐề xuất trước của {draft.Header.Reference} (chưa tạo) được thay bằng đề xuất này.";
            reply += string.Concat(carried.Select(c => "\n" + c));
        }

        if (stale.Count > 0)
        {
            reply += $"\n📌 Đã bỏ đề xuất chờ từ hôm trước, chưa tạo: {string.Join("; ", stale.Select(d => $"{WaitingLetters.Describe(d)} đọc ngày {VietnameseWording.Date(d.ProposedOn!.Value)}"))}. Nếu vẫn cần, gửi lại công văn đó với /congvan.";
        }

        if (draft.Items.Count > 0 && kept.Count > 0)
        {
            reply += $"\n📌 Vẫn chờ cùng lúc: {string.Join("; ", kept.Select(WaitingLetters.Describe))}. Văn bản này đánh số tiếp từ mục {draft.Items[0].Number}; \"tạo tất cả\" tạo mục của cả {kept.Count + 1} văn bản, \"hủy\" bỏ tất cả.";
        }
        else if (draft.Items.Count == 0 && waiting.Except(stale).Any())
        {
            reply += $"\n📌 Đề xuất vẫn chờ: {string.Join("; ", waiting.Except(stale).Select(WaitingLetters.Describe))}.";
        }

        context.Reply(reply);
    }
}
