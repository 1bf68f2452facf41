using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>What to say when the words name a deadline of the unit that is not open to them: closed, cancelled, or handed in.</summary>
internal sealed partial class DeadlinePicker
{
    /// <summary>
    /// "việc #3 "Báo cáo 6 tháng" đã đóng ngày 20/11/2026; nếu nộp bổ sung, nhờ văn phòng mở lại (/mohan #3)": what to
    /// say when the words ("#3", "bc 6 thang") name a deadline of the unit that is closed or cancelled (the newest of
    /// several years' deadlines of one name), so the question that follows is not a riddle; null when they name none.
    /// </summary>
    public async Task<string?> ClosedNamedAsync(TurnContext context, Unit unit, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text) || NamedId(text) is null && !DeadlineMention.MayName(text))
        {
            // "đang làm", "đã gửi bản giấy": no number and no kind of paper, so no deadline, closed or open, is named; no read.
            return null;
        }

        var all = (await deadlines.ListAsync(includeClosed: true, ct)).Where(d => d.Covers(unit)).ToList();
        Deadline? named;
        if (NamedId(text) is { } id)
        {
            named = all.FirstOrDefault(d => d.Id == id && d.State != DeadlineState.Open);
        }
        else
        {
            // Read among the open and the ended together, so an ended one is named only when it fits the words at least
            // as well as the best open one, and never by a kind of paper alone ("bc" is no name of "Báo cáo kết quả đối thoại").
            var mention = DeadlineMention.Read(all, text);
            var fits = mention.Named.Candidates;
            var openFits = fits.Where(d => d.State == DeadlineState.Open).ToList();
            named = mention.ByKindOnly ? null
                : fits.Where(d => d.State != DeadlineState.Open && !OpenOneWins(d, openFits)).OrderByDescending(d => d.DueDate).FirstOrDefault();
        }

        if (named is null)
        {
            return null;
        }

        var when = named.ChangedAt is { } at ? $" ngày {VietnameseWording.Date(clock.LocalDate(at))}" : string.Empty;
        return named.State == DeadlineState.Cancelled
            ? $"việc #{named.Id} \"{named.Title}\" đã hủy{when}, không nhận nộp nữa; nếu vẫn cần nộp, xin hỏi {context.Names.Office}"
            : $"việc #{named.Id} \"{named.Title}\" đã đóng{when}; nếu nộp bổ sung, nhờ {context.Names.Office} mở lại (/mohan #{named.Id})";
    }

    /// <summary>
    /// An open deadline the words fit as well wins over an ended one of the same name (a /giao sent twice and the
    /// spare cancelled, last year's paper closed): the ended one is never said, asked about or refused over. A
    /// cancelled one is said only when no open deadline fits at all; a closed one of another title that the words fit
    /// as well is still said (its late hand-in may be what is meant).
    /// </summary>
    private static bool OpenOneWins(Deadline ended, IReadOnlyList<Deadline> openFits) =>
        openFits.Count > 0 && (ended.State == DeadlineState.Cancelled || openFits.Any(o => SameName(o, ended)));

    private static bool SameName(Deadline a, Deadline b) =>
        Storage.Text.VietnameseFold.Fold(a.Title).Trim() == Storage.Text.VietnameseFold.Fold(b.Title).Trim();

    /// <summary>A note from <see cref="ClosedNamedAsync"/> as a sentence of its own.</summary>
    public static string Sentence(string note) => char.ToUpperInvariant(note[0]) + note[1..] + ".";

    /// <summary>"#2 "…" (biên nhận …, ngày …) và #1 "…" (…) đơn vị đã nộp rồi…" when the words name only deadlines the unit handed in; null otherwise.</summary>
    private async Task<string?> HandedInNamedAsync(Unit unit, IReadOnlyList<Deadline> handedIn, string sentence, CancellationToken ct)
    {
        var read = handedIn.Count == 0 ? null : DeadlineMention.Read(handedIn, sentence);
        IReadOnlyList<Deadline> named = read is not { ByKindOnly: false } ? [] : read.Named.Found is { } one ? [one] : read.Named.IsAmbiguous ? read.Named.Candidates : [];
        if (named.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var d in named)
        {
            parts.Add(await submissions.LatestAsync(unit.Id, d.Id, ct) is { } latest
                ? $"#{d.Id} \"{d.Title}\" (biên nhận {latest.ReceiptNo}, ngày {VietnameseWording.Date(latest.ReceivedLocalDate)})"
                : $"#{d.Id} \"{d.Title}\"");
        }

        return $"{string.Join(" và ", parts)}: đơn vị đã nộp rồi, nên bot không ghi vào {(named.Count > 1 ? "các việc" : "việc")} đó. Nếu là việc khác, xin gõ kèm số # của việc (/viec xem các số).";
    }
}
