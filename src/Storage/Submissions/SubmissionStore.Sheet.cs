using System.Runtime.CompilerServices;
using QcdcBot.Storage.Database;

namespace QcdcBot.Storage.Submissions;

/// <summary>The export's sheet: each unit's submissions to one deadline folded into one row.</summary>
internal sealed partial class SubmissionStore
{
    /// <summary>
    /// <see cref="ForSheetAsync"/>'s read. A paper record's note only: an upload's note is not shown, and its null tells
    /// the fold the version is no paper. The order is the subquery's, which the indexes give without a sort (an
    /// aggregate's own ORDER BY always sorts: a quarter of this read); SQLite keeps an ordered subquery under an
    /// aggregate as it is, never flattened into it.
    /// </summary>
    internal const string SheetSql = """
        SELECT json_group_array(json_array(unit_id, version, days_late, received_at, receipt_no, original_name, note))
        FROM (SELECT s.unit_id, s.version, s.days_late, s.received_at, s.receipt_no, f.original_name,
                 CASE WHEN s.method = 'paper' THEN s.note END AS note
              FROM submissions s LEFT JOIN submission_files f ON f.submission_id = s.id
              WHERE s.deadline_id = $d
              ORDER BY s.unit_id, s.version, f.ordinal)
        """;

    /// <summary>
    /// Each unit's submissions to one deadline reduced to what the export's sheet shows (<see cref="SheetSubmission"/>):
    /// the deadline's versions off the unique (deadline, unit, version) index joined to their files' names in order
    /// (<see cref="Exports.SheetIndexes"/>; a row per file, the names put together here: a subquery per version cost
    /// SQLite a sixth more), returned as one JSON array in order and folded once. A row per version cost two P/Invokes,
    /// a handle's add-ref and SQLite's mutex per column read.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, SheetSubmission>> ForSheetAsync(long deadlineId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var json = await connection.Utf8ScalarAsync(SheetSql, ct, ("$d", deadlineId));
        return ReadSheet(json, ct);
    }

    /// <summary>
    /// The rows of <see cref="ForSheetAsync"/>, a unit's versions in order and a version's files in order, folded into
    /// one record per unit (the fields kept in locals, not a record copied per version; a column parsed only when the
    /// sheet shows it). Compiled optimised at once: it runs once per sheet.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<long, SheetSubmission> ReadSheet(byte[] json, CancellationToken ct)
    {
        var sheet = new Dictionary<long, SheetSubmission>();
        long unit = -1;
        DateTimeOffset firstAt = default;
        int firstLate = 0, versions = 0, filesVersion = 0, paperVersion = 0, officeVersion = 0;
        string receipt = string.Empty;
        string? files = null, paperNote = null, officeFiles = null;
        var onPaper = false;
        var rows = new Tallies.JsonRows(json);
        while (rows.NextRow())
        {
            ct.ThrowIfCancellationRequested();
            var unitId = rows.Long();
            var version = rows.Int();
            if (unitId == unit && version == versions)
            {
                // A further file of the version just read: only its name is new.
                rows.Skip(3);
                if (onPaper)
                {
                    officeFiles += "; " + rows.String();
                }
                else
                {
                    files += "; " + rows.String();
                }

                continue;
            }

            var daysLate = rows.Int();
            if (unitId != unit)
            {
                if (unit >= 0)
                {
                    sheet[unit] = Row(unit, firstAt, firstLate, versions, receipt, (filesVersion, files), paperVersion, paperNote, (officeVersion, officeFiles));
                }

                // Versions count from 1 and are never deleted: the first version of a unit comes first.
                unit = unitId;
                (firstAt, firstLate) = (rows.Instant()!.Value, daysLate);
                (filesVersion, files, paperVersion, paperNote, officeVersion, officeFiles) = (0, null, 0, null, 0, null);
            }
            else if (daysLate < firstLate)
            {
                // A version received earlier against the due date (paper recorded later) grades the unit, as in the tallies.
                (firstAt, firstLate) = (rows.Instant()!.Value, daysLate);
            }
            else
            {
                rows.Skip(1);
            }

            versions = version;
            receipt = rows.String()!;
            var name = rows.String();
            var note = rows.String();
            onPaper = note is not null;
            if (onPaper)
            {
                (paperVersion, paperNote) = (versions, note);
            }

            // The unit's upload and the office's file received outside the bot are kept apart: neither hides the other.
            if (name is not null && onPaper)
            {
                (officeVersion, officeFiles) = (versions, name);
            }
            else if (name is not null)
            {
                (filesVersion, files) = (versions, name);
            }
        }

        if (unit >= 0)
        {
            sheet[unit] = Row(unit, firstAt, firstLate, versions, receipt, (filesVersion, files), paperVersion, paperNote, (officeVersion, officeFiles));
        }

        return sheet;
    }

    /// <summary>
    /// One unit's row: the unit's latest upload with files (with none, the office's file), and the office's file
    /// beside an upload, as the tallies' <c>LatestWithFiles</c> and <c>OfficeFilesBeside</c> read them.
    /// </summary>
    private static SheetSubmission Row(long unit, DateTimeOffset firstAt, int firstLate, int versions, string receipt,
        (int Version, string? Names) upload, int paperVersion, string? paperNote, (int Version, string? Names) office) =>
        upload.Names is null
            ? new SheetSubmission(unit, firstAt, firstLate, versions, receipt, office.Version, office.Names, paperVersion, paperNote)
            : new SheetSubmission(unit, firstAt, firstLate, versions, receipt, upload.Version, upload.Names, paperVersion, paperNote) { OfficeFilesVersion = office.Version, OfficeFileNames = office.Names };
}
