using System.Security.Cryptography;
using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation;

/// <summary>One turn: the activity, who sent it, what the conversation remembers, and what the bot will say.</summary>
internal sealed class TurnContext(InboundActivity activity, string text, Caller caller, ConversationState state)
{
    private readonly List<OutboundMessage> _replies = [];
    private readonly List<ProactiveMessage> _proactive = [];
    private bool _listShown;

    public InboundActivity Activity { get; } = activity;

    /// <summary>
    /// The text, NFC-normalized and cleaned of control and zero-width characters; a typed number that picks an
    /// option becomes that option's text ("2" → "đang làm"), so every flow reads what was chosen.
    /// </summary>
    public string Text { get; set; } = text;

    public Caller Caller { get; } = caller;

    public ConversationState State { get; set; } = state;

    /// <summary>The deadline the message is about: a reply to a deadline's message, or a choice from one (a reminder's "Xin gia hạn").</summary>
    public long? ReplyToDeadlineId { get; set; }

    /// <summary>The office and committee replies name (settings <c>Bot:OfficeName</c>, <c>Bot:OrganizationName</c>).</summary>
    public required OfficeNames Names { get; init; }

    /// <summary>Whether the caller's channel lets them hand in a file by sending it (Zalo bots cannot receive documents).</summary>
    public bool TakesDocuments { get; init; } = true;

    /// <summary>
    /// The command came from a choice the bot offered (a pressed button, or a typed number answering it): the message
    /// with the choice already named its target, so it needs no second confirmation.
    /// </summary>
    public bool ByChoice { get; set; }

    /// <summary>
    /// The choice was a number typed (Zalo, the terminal), not a button pressed: it stands for whichever message's
    /// options came last, so a decision among several waiting ones names its target before it is written.
    /// </summary>
    public bool TypedNumber { get; set; }

    /// <summary>The label of the choice a typed number picked ("Đã gửi bản giấy"), to quote beside the number.</summary>
    public string? ChosenLabel { get; set; }

    /// <summary>Files the answered question held (an office's file waiting for its /ghinhan to be confirmed).</summary>
    public IReadOnlyList<PendingFile> HeldFiles { get; set; } = [];

    /// <summary>The question whose option this turn runs as a command (a confirmation answered with "1"), or null.</summary>
    public PendingQuestion? Answered { get; set; }

    /// <summary>A file's caption was a command only the office uses ("ghinhan"): it names no deadline, so the file is asked about.</summary>
    public string? OfficeCaption { get; set; }

    /// <summary>The deadline this turn took by the "last reminded" guess (no reply-to, no name), or null.</summary>
    public long? GuessedDeadlineId { get; set; }

    /// <summary>This turn answered the question the conversation was waiting on.</summary>
    public bool AnsweredPending { get; set; }

    /// <summary>A new deadline whose units are told when the open question about its date closes (see DeferredNotice); a /suahan of it then tells no "old date".</summary>
    public long? Unannounced { get; init; }

    /// <summary>A /suahan whose units are told when the open question about its new date closes (see HeldMoveNotice).</summary>
    public QcdcBot.Bot.Conversation.Deadlines.HeldMove? HeldMove { get; init; }

    public IReadOnlyList<OutboundMessage> Replies => _replies;

    public IReadOnlyList<ProactiveMessage> Proactive => _proactive;

    public void Reply(string text) => _replies.Add(new OutboundMessage(text));

    public void Reply(OutboundMessage message) => _replies.Add(message);

    /// <summary>A note that goes before this turn's answer, so a question's choices stay on the last message.</summary>
    public void ReplyFirst(string text) => _replies.Insert(0, new OutboundMessage(text));

    public void Send(ConversationReference to, OutboundMessage message) => _proactive.Add(new ProactiveMessage(to, message));

    /// <summary>
    /// Asks a question with choices and remembers it. Pressing choice n sends back <c>/chon &lt;id&gt; n</c>, typing
    /// "n" means the same, so the payload stays short whatever the option is.
    /// </summary>
    public void Ask(string text, PendingQuestion question, IReadOnlyList<string> labels, long? aboutDeadlineId = null)
    {
        var asked = question with { Id = NewQuestionId(), Labels = labels, Asked = question.Asked ?? OpenQuestions.Summary(text) };
        // A unit's request or claim shown before it, still undecided, is put aside and asked again once this is answered:
        // the admin's own "/duyet 4" or "/donghan 7" never makes the request that came in meanwhile unanswerable by number.
        var aside = State.Pending is { Asked: null } shown && QuestionStack.Decides(shown) ? QuestionStack.PutAside(State.Displaced, shown) : State.Displaced;
        // The question itself asked again ("/donghan 7" typed twice) is not kept aside as well: it would come back answered.
        aside = aside is { Asked: { } before } && before == asked.Asked ? null : aside;
        // The question's numbered choices are now what a typed number refers to: a list shown before it no longer is.
        State = State with { Pending = asked, LastList = _listShown ? State.LastList : null, Displaced = aside };
        Show(text, asked, aboutDeadlineId);
    }

    /// <summary>The open question was shown again unchanged: it stays open (see <see cref="AskAgain"/>).</summary>
    public bool AskedAgain { get; private set; }

    /// <summary>Shows the open question again under <paramref name="text"/>, same choices and id, so it stays the one a number answers.</summary>
    public void AskAgain(PendingQuestion open, string text)
    {
        AskedAgain = true;
        Show(text, open, open.AboutDeadlineId);
    }

    private void Show(string text, PendingQuestion asked, long? aboutDeadlineId)
    {
        // A request's options remembered without their words (Zalo) are shown again as what they do and the commands they run.
        var labels = asked.Labels.Count == 0 && asked.Asked is null && QuestionStack.Decides(asked) ? [.. asked.Options.Select(QuestionStack.DecisionLabel)] : asked.Labels;
        var choices = labels.Select((label, i) => new Choice(label, $"/chon {asked.Id} {i + 1}") { Number = asked.Numbers?.ElementAtOrDefault(i) }).ToList();
        _replies.Add(new OutboundMessage(text) { Choices = choices, AboutDeadlineId = aboutDeadlineId, HasWayOut = WayOut.IndexIn(asked) >= 0 });
    }

    /// <summary>"Which one did you mean?": each choice runs the same command with an unambiguous name.</summary>
    /// <param name="number">The number to type for a candidate (a deadline's id); null numbers the choices by position.</param>
    public void AskWhich<T>(string text, IReadOnlyList<T> candidates, Func<T, string> label, Func<T, string> command, Func<T, long>? number = null)
    {
        var shown = candidates.Take(8).ToList();
        if (candidates.Count > shown.Count)
        {
            text += $" (còn {candidates.Count - shown.Count} kết quả khác: gõ cụ thể hơn hoặc dùng mã)";
        }

        Ask(text, new PendingQuestion(string.Empty, PendingKind.Commands, shown.Select(command).ToList()) { Numbers = number is null ? null : shown.Select(number).ToList() },
            shown.Select(label).ToList());
    }

    private static string NewQuestionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));

    public void ShowList(ListKind kind, IReadOnlyList<long> ids, DateTimeOffset? shownAt = null)
    {
        _listShown = true;
        State = State with { LastList = new ShownList(kind, ids) { ShownAt = shownAt } };
    }
}
