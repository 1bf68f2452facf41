namespace QcdcBot.Bot.Conversation.State;

/// <summary>What a conversation remembers between messages. Serialized as JSON into the store.</summary>
internal sealed record ConversationState
{
    /// <summary>The last numbered list of units shown, so "3" can name its third unit (deadlines are named by #id).</summary>
    public ShownList? LastList { get; init; }

    /// <summary>A question the bot asked and is waiting on.</summary>
    public PendingQuestion? Pending { get; init; }

    /// <summary>An official letter's proposed deadlines, waiting for "tạo …" (see Letters).</summary>
    public Letters.LetterDraft? Letter { get; init; }

    /// <summary>Letters proposed before <see cref="Letter"/> and still waiting too, oldest first (numbered on from them).</summary>
    public IReadOnlyList<Letters.LetterDraft> EarlierLetters { get; init; } = [];

    /// <summary>The items of the last letter, every one created: "tạo 1" after them says what each became.</summary>
    public IReadOnlyList<Letters.CreatedItem> LetterCreated { get; init; } = [];

    /// <summary>
    /// A secretary asked for an extension without a date (the reminder's "Xin gia hạn"): the bot asked "đến ngày
    /// nào?" and the next text that names a date is the answer. Holds what was already written (the reason), or "".
    /// </summary>
    public string? AwaitingExtension { get; init; }

    /// <summary>The deadline that "đến ngày nào?" is about, when the request came from its reminder; null: ask which.</summary>
    public long? AwaitingExtensionFor { get; init; }

    /// <summary>A reason sent alone in answer to "đến ngày nào?" ("chi bộ chưa họp"): kept for the date that follows.</summary>
    public string? AwaitingExtensionReason { get; init; }

    /// <summary>An admin refused an extension request by its number ("2"): the next text is the reason sent to the unit ("0": none).</summary>
    public long? AwaitingRefusalReason { get; init; }

    /// <summary>The admin sent /congvan alone: the next file or text is the letter.</summary>
    public bool AwaitingLetter { get; init; }

    /// <summary>
    /// Files still waiting for "which deadline?" while another question is open: asked again once that one is
    /// answered, so a file is never dropped because the person did something else in between.
    /// </summary>
    public PendingQuestion? ParkedUpload { get; init; }

    /// <summary>
    /// The person's own question that a message with numbered options shown after it (an extension request for an admin)
    /// put aside: a typed number answers what was shown last, and this one is asked again once that is settled.
    /// </summary>
    public PendingQuestion? Displaced { get; init; }

    /// <summary>The member's last file filed by the "last reminded" guess: "gửi nhầm", "#1" soon after move it (see Submissions/MisfiledFlow).</summary>
    public GuessedFiling? Guessed { get; init; }
}

/// <summary>A submission the bot filed under the deadline it last reminded the member of, without being told which.</summary>
internal sealed record GuessedFiling(long SubmissionId, long DeadlineId, DateTimeOffset At);

internal enum ListKind
{
    Units,

    /// <summary>The unit's deadlines (/viec): an unclear file or status reply soon after asks in this list's order.</summary>
    Deadlines,
}

internal sealed record ShownList(ListKind Kind, IReadOnlyList<long> Ids)
{
    /// <summary>When the list was shown; a list of deadlines guides only answers soon after it (see DeadlinePicker).</summary>
    public DateTimeOffset? ShownAt { get; init; }
}

internal enum PendingKind
{
    /// <summary>Options are commands to run (e.g. the same command with an unambiguous name).</summary>
    Commands,

    /// <summary>Files already stored, waiting for the deadline they belong to.</summary>
    UploadDeadline,

    /// <summary>A status reply waiting for its deadline.</summary>
    StatusDeadline,

    /// <summary>An extension request waiting for its deadline.</summary>
    ExtensionDeadline,

    /// <summary>A new deadline whose date needs a yes before it is created.</summary>
    ConfirmDeadline,

    /// <summary>Files captioned as a page after the page window: a page of the previous submission, or a new version.</summary>
    PageOrVersion,
}

/// <summary>
/// A question awaiting an answer. <see cref="Options"/> are the payloads of its choices, in order; the id
/// makes a stale button (from an older question) recognisable.
/// </summary>
internal sealed record PendingQuestion(string Id, PendingKind Kind, IReadOnlyList<string> Options)
{
    public IReadOnlyList<PendingFile> Files { get; init; } = [];

    public string? Text { get; init; }

    /// <summary>
    /// Files kept aside that another caption names as another paper than these (a tổng kết report, then a quý IV one):
    /// asked about after these, one paper at a time, never joined into one "nộp cho việc nào?" (see ParkedFiles).
    /// </summary>
    public PendingQuestion? Then { get; init; }

    public string? StatusState { get; init; }

    public string? Reference { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The question as the bot put it (its first line), named if the person moves on without answering; null for a reminder's buttons.</summary>
    public string? Asked { get; init; }

    /// <summary>
    /// The first line of the message that offered these choices when it was not the person's own question (a reminder,
    /// a request to decide): what the choices are about, named whenever they are shown again.
    /// </summary>
    public string? Shown { get; init; }

    /// <summary>An extension asked as a length ("thêm 1 tuần"), counted from the due date of the deadline chosen.</summary>
    public Text.ExtensionSpan? ExtendBy { get; init; }

    /// <summary>What to tell the person if another question replaces this one unanswered (it leaves something undecided).</summary>
    public string? Unanswered { get; init; }

    public PendingDeadline? Deadline { get; init; }

    /// <summary>A /giao (its arguments without units) waiting for the units its group stands for; the reply listing them completes it.</summary>
    public string? UnitsFor { get; init; }

    /// <summary>
    /// The <see cref="UnitsFor"/> question invited numbers of /donvi's list that this conversation never showed: numbers
    /// typed to it are places in a list the office did not see, so the units they stand for are named and confirmed first.
    /// </summary>
    public bool NumbersUnseen { get; init; }

    /// <summary>The choices' labels as shown, so the question can be asked again word for word.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>
    /// The number to type for each option, where it is not the option's position: a choice of deadlines is numbered by
    /// the deadlines' own ids, so a typed "2" means #2 in every list and every question. Null: positions.
    /// </summary>
    public IReadOnlyList<long>? Numbers { get; init; }

    /// <summary>
    /// The deadlines a "nộp cho việc nào?" offered because the caption or file name fitted only them; asked again, the
    /// files are offered those (the ones still open), never a longer list. Null: the words narrowed nothing, all open ones.
    /// </summary>
    public IReadOnlyList<long>? Offered { get; init; }

    /// <summary>Since when files have been waiting for their deadline (when the platform gave no arrival time); see WaitingFilesQuestion.</summary>
    public DateTimeOffset? WaitingSince { get; init; }

    /// <summary>The deadline the message offering these choices was about (a reminder's buttons): a choice keeps to it.</summary>
    public long? AboutDeadlineId { get; init; }

    /// <summary>The choice (1-based) that a one-word yes ("có", "dời", "đồng ý") picks; null when a yes means nothing here.</summary>
    public int? YesOption { get; init; }

    /// <summary>
    /// A new deadline whose units have not been told yet because this question may still change its due date: they are
    /// told once the question is answered or closed, with the date it leaves (see <see cref="QcdcBot.Bot.Conversation.Deadlines.DeferredNotice"/>).
    /// </summary>
    public long? AnnounceDeadlineId { get; init; }

    /// <summary>A /suahan whose units are told once this question (a new date on a day off) closes, with the date it leaves.</summary>
    public QcdcBot.Bot.Conversation.Deadlines.HeldMove? HeldMove { get; init; }

    /// <summary>What choosing an option that does nothing more means ("Giữ 16/01/2027 (ngày nghỉ)"); null: nothing changes.</summary>
    public string? Kept { get; init; }

    /// <summary>
    /// The number typed bare that answered the question before this one, in the turn that asked or re-asked this one
    /// ("3" on one reminder, then the older reminder back as "vẫn chờ"; "2" for deadline #2, then "thêm hay bản mới?"):
    /// the same number typed within a few seconds of <see cref="AfterNumberAt"/> is a double tap as likely as a choice, so
    /// it is asked about once, never taken; later it is an answer (see <c>QuestionStack.TryTwoMeanings</c>).
    /// </summary>
    public int? AfterNumber { get; init; }

    /// <summary>When <see cref="AfterNumber"/> answered the question before this one.</summary>
    public DateTimeOffset? AfterNumberAt { get; init; }

    /// <summary>The <see cref="Files"/> were stored only for this question: they leave the file store if it closes without recording them.</summary>
    public bool ReleaseFilesOnClose { get; init; }

    /// <summary>
    /// A /ghinhan's confirmation: the unit's latest receipt number when it was asked ("" for none). A hand-in arriving
    /// before the answer is named and asked about again; null (a question from before this was kept) checks nothing.
    /// </summary>
    public string? KnownReceipt { get; init; }
}

internal sealed record PendingFile(string Name, string ContentType, long Size, string Sha256)
{
    /// <summary>When the file reached the platform; it decides lateness even if the deadline is chosen later.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }
}

internal sealed record PendingDeadline(string Title, DateOnly DueDate, string Scope, string? ScopeKind, IReadOnlyList<long> UnitIds, string SourcePhrase, bool Yearly)
{
    /// <summary>Words after the date that named no units and were left out, shown in the confirmation.</summary>
    public string Ignored { get; init; } = string.Empty;

    /// <summary>Words before the date left out of the title (where to send it, an unclosed bracket), shown in the confirmation.</summary>
    public string Dropped { get; init; } = string.Empty;

    /// <summary>The same day in the year the title names, offered when the typed year looks like a slip.</summary>
    public DateOnly? TitleYearDate { get; init; }

    /// <summary>How the units were counted when some were taken out ("28 − 1 = 27 đơn vị (…, trừ …)"); null otherwise.</summary>
    public string? ScopeNote { get; init; }

    /// <summary>The deadline this one was asked about as a duplicate of ("Đã có việc #5 …"); null otherwise.</summary>
    public long? Twin { get; init; }
}
