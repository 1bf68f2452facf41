using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// There is one place for files kept aside while another question is open: files parked again join the ones already
/// there (oldest first) instead of replacing them, so a second interruption never drops the first files. Files whose
/// caption names another paper than those kept ("bao cao quy IV" after "bao cao tong ket nam") are kept behind them
/// (<see cref="PendingQuestion.Then"/>) and asked about one paper at a time, so one answer never files several papers as one.
/// </summary>
internal static class ParkedFiles
{
    public static PendingQuestion Join(PendingQuestion? parked, PendingQuestion waiting)
    {
        if (parked is null || parked.Id == waiting.Id)
        {
            return waiting;
        }

        if (OtherPaper.Between(parked, waiting))
        {
            return parked with { Then = Join(parked.Then, waiting) };
        }

        // Two questions' files are one "nộp cho việc nào?": a "thêm vào hay bản mới?" among them becomes that question too.
        parked = AsWhichDeadline(parked);
        waiting = AsWhichDeadline(waiting);
        var since = new[] { parked.WaitingSince, waiting.WaitingSince }.Where(t => t is not null).DefaultIfEmpty().Min();
        // Files of two questions are offered what either was: all open deadlines when either was not narrowed.
        var offered = parked.Offered is { } first && waiting.Offered is { } second ? first.Union(second).ToList() : null;
        return parked with { Files = [.. parked.Files, .. waiting.Files.Where(f => !parked.Files.Contains(f))], WaitingSince = since, Offered = offered };
    }

    /// <summary>Every file kept aside, paper after paper: what "vẫn được giữ" names.</summary>
    public static IReadOnlyList<PendingFile> All(PendingQuestion parked) => parked.Then is { } then ? [.. parked.Files, .. All(then)] : parked.Files;

    private static PendingQuestion AsWhichDeadline(PendingQuestion question) => question.Kind == PendingKind.PageOrVersion
        ? question with { Kind = PendingKind.UploadDeadline, AboutDeadlineId = null, Reference = null, Asked = null }
        : question;
}
