using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Tallies;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// /taifile: each unit's latest version of one deadline, one folder per unit ("NHNN - Đảng bộ Ngân hàng Nhà
/// nước/"), bytes exactly as stored, split into parts that the channel can send.
/// </summary>
internal sealed class SubmissionArchiver(TallyService tallies, SubmissionStore submissions, OfficeClock clock, IOptionsMonitor<ExportOptions> options)
{
    public const string ContentType = "application/zip";

    /// <summary>The sub-folder of a unit's folder holding the file the office received outside the bot (by e-mail).</summary>
    public const string OfficeFolder = "nhan-ngoai-bot";

    public Task<SubmissionArchive> BuildAsync(Deadline deadline, CancellationToken ct) =>
        BuildAsync(deadline, options.CurrentValue.MaxDocumentBytes, ct);

    /// <param name="unitId">One unit's folder only ("/taifile NHNN #3"); null for every unit.</param>
    public async Task<SubmissionArchive> BuildAsync(Deadline deadline, long maxBytes, CancellationToken ct, long? unitId = null)
    {
        // The tally decides which units are in scope and which version is the latest, as /tinhhinh does.
        var tally = (await tallies.ForDeadlinesAsync([deadline], withFiles: true, ct))[0];
        var folders = new UniqueNames();
        var chunks = new List<ArchiveChunk>();
        var withoutFiles = new List<string>();
        var missing = new List<string>();
        var alsoOnPaper = new List<string>();
        foreach (var standing in tally.Units.Where(s => unitId is null || s.Unit.Id == unitId))
        {
            if (standing.Latest is null)
            {
                continue;
            }

            var label = $"{standing.Unit.Code} - {standing.Unit.Name}";
            if (standing.LatestWithFiles is not { } withFiles)
            {
                withoutFiles.Add(label);
                continue;
            }

            if (standing.LatestPaper is { } paper && withFiles.Method == SubmissionMethod.Upload)
            {
                // The office also recorded it on paper, before the upload or after: the files stay, the record is named
                // beside them, and a file the office received with it is in its own folder.
                var officeFiles = standing.OfficeFilesBeside is { } beside
                    ? $"; tệp {string.Join(", ", beside.Files.OrderBy(f => f.Ordinal).Select(f => $"\"{f.OriginalName}\""))} văn phòng nhận ngoài bot ở thư mục \"{OfficeFolder}\""
                    : string.Empty;
                alsoOnPaper.Add($"{label} ({paper.Note}{officeFiles})");
            }

            var folder = folders.Claim(ZipEntryNames.Segment(label, ZipEntryNames.Segment(standing.Unit.Code, "don-vi")));
            var entries = new List<ArchiveEntry>();
            await AddAsync(entries, missing, label, folder, withFiles, standing.Unit.Code, deadline.Id, ct);
            if (standing.OfficeFilesBeside is { } office)
            {
                // The file the office received by e-mail, kept beside the unit's upload in a folder that says so.
                await AddAsync(entries, missing, label, $"{folder}/{OfficeFolder}", office, standing.Unit.Code, deadline.Id, ct);
            }

            if (entries.Count > 0)
            {
                chunks.Add(new ArchiveChunk(label, entries));
            }
        }

        var packed = ZipPacker.Pack(chunks, maxBytes);
        var documents = packed.Parts
            .Select((p, i) => new OutboundDocument(ExportFileNames.Archive(deadline, i + 1, packed.Parts.Count), ContentType, p.Bytes))
            .ToList();
        return new SubmissionArchive(
            documents,
            packed.Parts.Select(p => p.Labels).ToList(),
            chunks.Count,
            chunks.Sum(c => c.Entries.Count),
            packed.SplitUnits,
            packed.TooLargeFiles,
            withoutFiles,
            missing)
        {
            UnitsAlsoOnPaper = alsoOnPaper,
        };
    }

    /// <summary>One version's files into <paramref name="folder"/>, named for unit, deadline, receipt and page.</summary>
    private async Task AddAsync(List<ArchiveEntry> entries, List<string> missing, string label, string folder, Submission version, string unitCode, long deadlineId, CancellationToken ct)
    {
        var names = new UniqueNames();
        var files = version.Files.OrderBy(f => f.Ordinal).ToList();
        foreach (var (file, page) in files.Select((f, i) => (f, i + 1)))
        {
            var bytes = await submissions.ReadFileAsync(file.Sha256, ct);
            if (bytes is null)
            {
                missing.Add($"{label}: {file.OriginalName}");
                continue;
            }

            var name = names.Claim(ZipEntryNames.Segment(PageNames.For(file, page, files.Count, unitCode, deadlineId, version.ReceiptNo), "tep"));
            entries.Add(new ArchiveEntry($"{folder}/{name}", bytes, clock.ToLocal(version.ReceivedAt)));
        }
    }
}
