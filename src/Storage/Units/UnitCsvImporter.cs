using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using QcdcBot.Storage.Text;

namespace QcdcBot.Storage.Units;

/// <summary>
/// Imports units from CSV with the header <c>code,name,kind[,tags]</c>, separated by commas or, as Excel saves it on
/// a Vietnamese Windows computer, by semicolons. Either every row is valid and the whole file is applied in one
/// transaction, or nothing is written and each bad row is reported by line.
/// </summary>
internal sealed class UnitCsvImporter(UnitStore units)
{
    /// <param name="allowSameName">
    /// A new code for a name the store already has is usually the same unit typed with another code (it would get every
    /// reminder twice): refused unless the caller confirms the two units are distinct.
    /// </param>
    public async Task<UnitImportResult> ImportAsync(TextReader reader, string actor, bool allowSameName = false, CancellationToken ct = default)
    {
        var (rows, errors) = Read(reader);
        if (errors.Count > 0)
        {
            return new UnitImportResult(null, errors);
        }

        if (rows.Count == 0)
        {
            return new UnitImportResult(null, [new UnitImportError(1, "Tệp không có dòng đơn vị nào.")]);
        }

        if (!allowSameName)
        {
            var existing = await units.AllAsync(ct);
            var codes = existing.Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows.Where(r => !codes.Contains(r.Code)))
            {
                if (existing.FirstOrDefault(u => VietnameseFold.Fold(u.Name) == VietnameseFold.Fold(row.Name)) is { } same)
                {
                    errors.Add(new UnitImportError(row.Line, $"Mã mới {row.Code} có cùng tên \"{row.Name}\" với đơn vị {same.Code} đã có. Nếu là cùng một đơn vị, dùng mã {same.Code}; nếu đúng là hai đơn vị khác nhau, thêm --allow-same-name."));
                }
            }

            if (errors.Count > 0)
            {
                return new UnitImportResult(null, errors);
            }
        }

        return new UnitImportResult(await units.UpsertAsync(rows, actor, ct), errors);
    }

    internal static (List<UnitRow> Rows, List<UnitImportError> Errors) Read(TextReader reader)
    {
        var text = reader.ReadToEnd().TrimStart('\uFEFF');
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Delimiter(text),
            AllowComments = true,
            Comment = '#',
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            BadDataFound = null,
            PrepareHeaderForMatch = a => Column(a.Header),
        };
        var rows = new List<UnitRow>();
        var errors = new List<UnitImportError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        using var csv = new CsvReader(new StringReader(text), config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            errors.Add(new UnitImportError(1, "Thiếu dòng tiêu đề code,name,kind[,tags]."));
            return (rows, errors);
        }

        var header = (csv.HeaderRecord ?? []).Select(Column).ToArray();
        foreach (var required in new[] { "code", "name", "kind" })
        {
            if (!header.Contains(required, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new UnitImportError(csv.Parser.RawRow, $"Thiếu cột '{required}' ({VietnameseColumns[required]}) trong dòng tiêu đề."));
            }
        }

        if (errors.Count > 0)
        {
            return (rows, errors);
        }

        var hasTags = header.Contains("tags", StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var code = Clean(csv.GetField("code"));
            var name = Clean(csv.GetField("name"));
            var kindText = Clean(csv.GetField("kind"));
            var tags = hasTags
                ? Clean(csv.GetField("tags")).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            if (code.Length == 0 && name.Length == 0 && kindText.Length == 0)
            {
                continue;
            }

            if (code.Length == 0)
            {
                errors.Add(new UnitImportError(line, $"Thiếu mã đơn vị ở dòng {line}{(name.Length > 0 ? $" (đơn vị \"{name}\")" : string.Empty)}."));
                continue;
            }

            // More cells than the header: usually a name with an unquoted comma, which would shift every column after it.
            var extra = Enumerable.Range(header.Length, Math.Max(csv.Parser.Count - header.Length, 0)).Select(i => Clean(csv.GetField(i))).Where(v => v.Length > 0).ToList();
            if (extra.Count > 0)
            {
                errors.Add(new UnitImportError(line, SplitNameProblem(csv, header, code)));
                continue;
            }

            if (code.Length > 20 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                errors.Add(new UnitImportError(line, $"Mã đơn vị '{code}' không hợp lệ (chỉ chữ, số, '-', '_'; tối đa 20 ký tự)."));
                continue;
            }

            if (code.All(char.IsAsciiDigit))
            {
                // In chat a bare number picks an item from the last list shown, so "12" could never name a unit.
                errors.Add(new UnitImportError(line, $"Mã đơn vị '{code}' chỉ có chữ số, dễ nhầm với số thứ tự trong danh sách; xin thêm chữ (ví dụ 'DV{code}')."));
                continue;
            }

            if (name.Length == 0)
            {
                errors.Add(new UnitImportError(line, $"Đơn vị {code} thiếu tên."));
                continue;
            }

            if (!UnitKinds.TryParse(KindWithoutQualifier(kindText), out var kind))
            {
                errors.Add(new UnitImportError(line, $"Loại '{kindText}' không hợp lệ (đảng bộ, chi bộ hoặc đoàn thể)."));
                continue;
            }

            if (seen.TryGetValue(code, out var firstLine))
            {
                errors.Add(new UnitImportError(line, $"Mã {code} đã có ở dòng {firstLine}."));
                continue;
            }

            seen[code] = line;
            rows.Add(new UnitRow(code.ToUpperInvariant(), name, kind, tags) { Line = line });
        }

        return (rows, errors);
    }

    private static readonly Dictionary<string, string> VietnameseColumns = new(StringComparer.Ordinal)
    {
        ["code"] = "hoặc 'mã'",
        ["name"] = "hoặc 'tên'",
        ["kind"] = "hoặc 'loại'",
    };

    /// <summary>
    /// A row with more cells than the header: the name held a comma and was split, pushing the kind (and tags) right.
    /// The cells between the code and the columns that follow the name are the name as written, so it is named whole.
    /// </summary>
    private static string SplitNameProblem(CsvReader csv, string[] header, string code)
    {
        var nameAt = Array.FindIndex(header, h => string.Equals(h, "name", StringComparison.OrdinalIgnoreCase));
        var after = header.Length - 1 - nameAt;
        var cells = Enumerable.Range(nameAt, csv.Parser.Count - after - nameAt).Select(i => Clean(csv.GetField(i))).ToList();
        var name = string.Join(", ", cells.Where(c => c.Length > 0));
        return $"Dòng có {csv.Parser.Count} ô, nhiều hơn {header.Length} cột của tiêu đề: tên \"{name}\" có dấu phẩy nên bị tách thành {cells.Count} ô. " +
               $"Tên có dấu phẩy cần đặt trong ngoặc kép, ví dụ: {code},\"{name}\",…";
    }

    /// <summary>A header as the office may type it: "code" or "Mã", "name" or "Tên đơn vị", "kind" or "Loại", "tags" or "Nhãn".</summary>
    private static string Column(string header) => VietnameseFold.Fold(header.Trim()) switch
    {
        "ma" or "ma don vi" => "code",
        "ten" or "ten don vi" => "name",
        "loai" or "loai don vi" => "kind",
        "nhan" or "the" => "tags",
        var other => other,
    };

    /// <summary>";" when the header line has more semicolons than commas (Excel's "CSV" where the list separator is ";").</summary>
    private static string Delimiter(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            return trimmed.Count(c => c == ';') > trimmed.Count(c => c == ',') ? ";" : ",";
        }

        return ",";
    }

    /// <summary>"Đảng bộ cơ sở", "Chi bộ trực thuộc": the office's full names of the kinds.</summary>
    private static string KindWithoutQualifier(string kind)
    {
        var folded = VietnameseFold.Fold(kind).Trim();
        foreach (var qualifier in (ReadOnlySpan<string>)[" co so", " truc thuoc", " khoi"])
        {
            if (folded.EndsWith(qualifier, StringComparison.Ordinal))
            {
                return folded[..^qualifier.Length];
            }
        }

        return kind;
    }

    private static string Clean(string? value) => (value ?? string.Empty).Normalize(NormalizationForm.FormC).Trim();
}

internal sealed record UnitImportError(int Line, string Message);

internal sealed record UnitImportResult(UnitImportCounts? Counts, IReadOnlyList<UnitImportError> Errors)
{
    public bool Succeeded => Counts is not null;
}
