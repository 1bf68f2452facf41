namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A /suahan whose units have not been told yet, because the office's question about the new date (a day off: move
/// it to the working day before, or keep it?) is still open.
/// </summary>
/// <param name="From">The due date the units last heard, before the first move.</param>
/// <param name="Granted">The units' own dates as granted before that move (which the move may have dropped as covered).</param>
/// <param name="Because">The letter the move follows ("Công văn số 2050-CV/ĐUK, ngày 1/12/2026", after "gắn N"), named to the units.</param>
internal sealed record HeldMove(long DeadlineId, DateOnly From, IReadOnlyDictionary<long, DateOnly> Granted, string? Because = null);
