using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Exports;

/// <summary>One unit's row on a deadline's sheet: its bucket's facts and what the columns show.</summary>
internal sealed record SheetLine(
    Unit Unit,
    StandingFacts Facts,
    DateOnly DueDate,
    bool Extended,
    SheetSubmission? Submission,
    StatusNote? Status,
    ExtensionRequest? PendingExtension,
    int Reminders);
