// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClinicSheet.h"

#include "ClinicLayer.h"
#include "ClinicValidation.h"
#include "ContentSchema.h"
#include "ContentValidator.h"
#include "CsvSheet.h"
#include "EntityId.h"
#include "NearestName.h"
#include "SourceParser.h"
#include "SourceWriter.h"
#include "TextJoin.h"
#include "XlsxSheet.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

namespace huanjiao {

using namespace ContentSchema;

namespace {

// Column headers are part of the sheet's format, fixed whatever the
// interface language: staff and their spreadsheets read Chinese.
QString fieldHeader(Kind kind, const QString &key)
{
    if (key == QLatin1String("id"))
        return QStringLiteral("编号");
    if (key == QLatin1String("name")) {
        switch (kind) {
        case Kind::Doctor: return QStringLiteral("姓名");
        case Kind::Article:
        case Kind::Leaflet: return QStringLiteral("标题");
        case Kind::Qa: return QStringLiteral("问题");
        default: return QStringLiteral("名称");
        }
    }
    if (key == QLatin1String("about"))
        return QStringLiteral("相关疾病");
    static const QHash<QString, QString> headers{
        {QStringLiteral("english"), QStringLiteral("英文名")},
        {QStringLiteral("aliases"), QStringLiteral("别名")},
        {QStringLiteral("lay-names"), QStringLiteral("俗称")},
        {QStringLiteral("miswritings"), QStringLiteral("常见错写")},
        {QStringLiteral("search-terms"), QStringLiteral("搜索词")},
        {QStringLiteral("symptom-words"), QStringLiteral("症状词")},
        {QStringLiteral("summary"), QStringLiteral("摘要")},
        {QStringLiteral("department"), QStringLiteral("科室")},
        {QStringLiteral("parent"), QStringLiteral("上级科室")},
        {QStringLiteral("city"), QStringLiteral("城市")},
        {QStringLiteral("clinical-title"), QStringLiteral("职称")},
        {QStringLiteral("academic-title"), QStringLiteral("教学职称")},
        {QStringLiteral("works-at"), QStringLiteral("所在医院")},
        {QStringLiteral("specialty"), QStringLiteral("擅长")},
        {QStringLiteral("treats"), QStringLiteral("诊治疾病")},
        {QStringLiteral("source"), QStringLiteral("来源")},
        {QStringLiteral("updated"), QStringLiteral("更新日期")},
        {QStringLiteral("reviewed"), QStringLiteral("审核日期")},
        {QStringLiteral("reviewer"), QStringLiteral("审核人")},
        {QStringLiteral("status"), QStringLiteral("状态")},
        {QStringLiteral("treated-by"), QStringLiteral("诊治医生")},
        {QStringLiteral("diagnosed-by"), QStringLiteral("相关检查")},
        {QStringLiteral("treated-with"), QStringLiteral("相关药品")},
        {QStringLiteral("see-also"), QStringLiteral("另见疾病")},
        {QStringLiteral("manufacturer"), QStringLiteral("生产企业")},
        {QStringLiteral("form"), QStringLiteral("剂型")},
        {QStringLiteral("indications"), QStringLiteral("适应证")},
        {QStringLiteral("cautions"), QStringLiteral("注意事项")},
        {QStringLiteral("purpose"), QStringLiteral("检查目的")},
        {QStringLiteral("preparation"), QStringLiteral("检查前准备")},
        {QStringLiteral("answered-by"), QStringLiteral("回答医生")},
    };
    return headers.value(key, key);
}

// Statuses as staff write them.
QString statusValue(const QString &cell)
{
    static const QHash<QString, QString> names{{QStringLiteral("示例"), QStringLiteral("sample")},
                                               {QStringLiteral("草稿"), QStringLiteral("draft")},
                                               {QStringLiteral("已审核"), QStringLiteral("reviewed")}};
    return names.value(cell, cell);
}

bool isSection(Kind kind, const QString &key)
{
    return sectionAllowed(kind, key);
}

// Names and ids of every record the sheet may link to: the base's, the
// layer's, and the sheet's own rows.
class Names
{
public:
    Names(const ClinicLayer &layer, const ClinicValidation &validation)
    {
        for (Kind kind : allKinds()) {
            for (const SourceRecord &record : validation.baseRecords(kind))
                add(kind, record);
            for (const SourceRecord &record : layer.records(kind))
                add(kind, record);
        }
    }

    void add(Kind kind, const SourceRecord &record)
    {
        const QString name = record.value(QStringLiteral("name"));
        QHash<QString, QStringList> &byName = m_ids[int(kind)];
        QStringList &ids = byName[name];
        if (!ids.contains(record.id))
            ids.append(record.id);
        m_names[int(kind)].insert(record.id, name);
    }

    // The id a cell's item names: an id as it is, a unique name as its id;
    // what was written otherwise (the validator then says what is wrong).
    QString resolve(Kind kind, const QString &item, QString *ambiguity) const
    {
        QString id;
        if (ContentValidator::parseReference(item, kind, &id) && m_names.value(int(kind)).contains(id))
            return id;
        const QStringList ids = m_ids.value(int(kind)).value(item);
        if (ids.size() == 1)
            return ids.first();
        if (ids.size() > 1)
            *ambiguity = ClinicSheet::tr("'%1' is the name of %2 records (%3); write the id of the one you mean")
                             .arg(item)
                             .arg(ids.size())
                             .arg(ids.join(QStringLiteral(", ")));
        return item;
    }

    // How an id is written in a sheet: its name where that is unique.
    QString show(Kind kind, const QString &id) const
    {
        const QString name = m_names.value(int(kind)).value(id);
        if (!name.isEmpty() && m_ids.value(int(kind)).value(name).size() == 1)
            return name;
        return id;
    }

private:
    QHash<int, QHash<QString, QStringList>> m_ids; // kind -> name -> ids
    QHash<int, QHash<QString, QString>> m_names;   // kind -> id -> name
};

QString sectionText(const SourceSection &section)
{
    // The section as written in a source file, without its heading.
    SourceRecord record;
    record.sections.append(section);
    QString text = SourceWriter::record(Kind::Article, record);
    const qsizetype heading = text.indexOf(QStringLiteral("\n## "));
    if (heading < 0)
        return {};
    text = text.mid(text.indexOf(QLatin1Char('\n'), heading + 1) + 1);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

} // namespace

QString SheetProblem::toString() const
{
    if (row <= 0)
        return message;
    if (column < 0)
        return ClinicSheet::tr("row %1: %2").arg(row).arg(message);
    return ClinicSheet::tr("row %1, column %2 (%3): %4").arg(row).arg(columnLetters(column), header, message);
}

QStringList ClinicSheet::columns(Kind kind)
{
    QStringList keys{QStringLiteral("id")};
    for (const FieldSpec &spec : fields(kind))
        keys.append(spec.key);
    for (const SectionSpec &spec : sections(kind))
        keys.append(spec.key);
    return keys;
}

QString ClinicSheet::header(Kind kind, const QString &key)
{
    if (isSection(kind, key)) {
        const QStringList aliases = sectionAliases(kind, key);
        return aliases.isEmpty() ? key : aliases.first();
    }
    return fieldHeader(kind, key);
}

QString ClinicSheet::sheetName(Kind kind)
{
    switch (kind) {
    case Kind::Department: return QStringLiteral("科室");
    case Kind::Hospital: return QStringLiteral("医院");
    case Kind::Source: return QStringLiteral("来源");
    case Kind::Doctor: return QStringLiteral("医生");
    case Kind::Condition: return QStringLiteral("疾病");
    case Kind::Drug: return QStringLiteral("药品");
    case Kind::Test: return QStringLiteral("检查");
    case Kind::Article: return QStringLiteral("文章");
    case Kind::Qa: return QStringLiteral("问答");
    case Kind::Leaflet: return QStringLiteral("须知");
    }
    return kindName(kind);
}

SheetTable ClinicSheet::blank(Kind kind)
{
    SheetTable sheet;
    for (const QString &key : columns(kind))
        sheet.header.append(header(kind, key));
    return sheet;
}

SheetTable ClinicSheet::table(Kind kind, const QList<SourceRecord> &records, const ClinicLayer &layer,
                              const ClinicValidation &validation)
{
    const Names names(layer, validation);
    SheetTable sheet = blank(kind);
    const QStringList keys = columns(kind);
    for (const SourceRecord &record : records) {
        QStringList row;
        for (const QString &key : keys) {
            if (key == QLatin1String("id")) {
                row.append(record.id);
            } else if (isSection(kind, key)) {
                QString text;
                for (const SourceSection &section : record.sections) {
                    if (section.key == key)
                        text = sectionText(section);
                }
                row.append(text);
            } else {
                const FieldSpec *spec = field(kind, key);
                const QString value = record.value(key);
                if (spec && (spec->type == FieldType::Ref || spec->type == FieldType::Relation) && !value.isEmpty()) {
                    QStringList shown;
                    for (const QString &item : ContentValidator::splitList(value)) {
                        QString id;
                        ContentValidator::parseReference(item, spec->refKind, &id);
                        shown.append(names.show(spec->refKind, id));
                    }
                    row.append(shown.join(QStringLiteral("、")));
                } else {
                    row.append(value);
                }
            }
        }
        sheet.rows.append(row);
    }
    return sheet;
}

ClinicSheet::Import ClinicSheet::read(Kind kind, const SheetTable &sheet, const ClinicLayer &layer,
                                      const ClinicValidation &validation)
{
    Import result;
    const QStringList keys = columns(kind);
    // Headers: the Chinese header, the key, or a section's other Chinese name.
    QList<QString> keyOf(sheet.header.size());
    QHash<QString, int> columnOf;
    for (int c = 0; c < sheet.header.size(); ++c) {
        const QString written = sheet.header.at(c);
        if (written.isEmpty())
            continue;
        QString key;
        QStringList known;
        for (const QString &k : keys) {
            known.append(header(kind, k));
            if (written == header(kind, k) || written == k
                || (isSection(kind, k) && sectionKey(kind, written) == k))
                key = k;
        }
        if (key.isEmpty()) {
            const QString nearest = NearestName::find(written, known);
            result.problems.append({1, c, written,
                                    nearest.isEmpty() ? tr("unknown column; the columns are %1").arg(known.join(QStringLiteral("、")))
                                                      : tr("unknown column; did you mean '%1'?").arg(nearest)});
            continue;
        }
        if (columnOf.contains(key)) {
            result.problems.append({1, c, written, tr("the same column as %1").arg(columnLetters(columnOf.value(key)))});
            continue;
        }
        columnOf.insert(key, c);
        keyOf[c] = key;
    }
    for (const FieldSpec &spec : fields(kind)) {
        if (spec.required && !columnOf.contains(spec.key))
            result.problems.append({1, -1, {}, tr("the sheet has no column %1, which every record needs").arg(header(kind, spec.key))});
    }
    if (!result.problems.isEmpty())
        return result;

    Names names(layer, validation);
    ClinicLayer trial = layer;
    trial.setBaseKeys(validation.baseKeys());
    QHash<QString, int> rowOf; // id -> sheet row
    QList<SheetProblem> ownProblems;
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &cells = sheet.rows.at(r);
        const int row = r + 2;
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue; // a blank row between records
        if (cells.size() > sheet.header.size()) {
            for (int c = int(sheet.header.size()); c < cells.size(); ++c) {
                if (!cells.at(c).trimmed().isEmpty())
                    ownProblems.append({row, c, {}, tr("a value in a column without a header")});
            }
        }
        SourceRecord record;
        record.kind = kindName(kind);
        for (int c = 0; c < cells.size() && c < keyOf.size(); ++c) {
            const QString &key = keyOf.at(c);
            QString cell = cells.at(c).trimmed();
            if (key.isEmpty() || cell.isEmpty())
                continue;
            if (key == QLatin1String("id")) {
                record.id = cell;
                continue;
            }
            if (isSection(kind, key)) {
                // The cell is the section's text: paragraphs, "- " lists, "### " items.
                Diagnostics diagnostics;
                const QByteArray text = QStringLiteral("@%1 x\n## %2\n%3\n").arg(kindName(kind), key, cell).toUtf8();
                const QList<SourceRecord> parsed = SourceParser::parse(QStringLiteral("cell"), text, &diagnostics);
                for (const Diagnostic &d : std::as_const(diagnostics))
                    ownProblems.append({row, c, sheet.header.at(c), d.message});
                if (!parsed.isEmpty())
                    record.sections += parsed.first().sections;
                continue;
            }
            // A field is one line: lines of a cell are joined as the text format joins them.
            if (cell.contains(QLatin1Char('\n'))) {
                QString joined;
                for (const QString &line : cell.split(QLatin1Char('\n'))) {
                    if (!line.trimmed().isEmpty())
                        joined = joined.isEmpty() ? line.trimmed() : joinWrapped(joined, line.trimmed());
                }
                cell = joined;
            }
            const FieldSpec *spec = field(kind, key);
            if (spec && spec->type == FieldType::Status)
                cell = statusValue(cell);
            if (spec && spec->type == FieldType::Date) {
                const QString date = XlsxSheet::dateFromSerial(cell);
                if (!date.isEmpty())
                    cell = date;
            }
            if (spec && (spec->type == FieldType::Ref || spec->type == FieldType::Relation)) {
                QStringList ids;
                for (const QString &item : ContentValidator::splitList(cell)) {
                    QString ambiguity;
                    ids.append(names.resolve(spec->refKind, item, &ambiguity));
                    if (!ambiguity.isEmpty())
                        ownProblems.append({row, c, sheet.header.at(c), ambiguity});
                }
                cell = ids.join(QStringLiteral(", "));
            }
            record.fields.append({key, cell, 0});
        }
        if (record.id.isEmpty()) {
            record.id = trial.suggestId(kind, record.value(QStringLiteral("name")));
        } else if (!EntityId::isValid(record.id)) {
            ownProblems.append({row, int(columnOf.value(QStringLiteral("id"))), sheet.header.at(columnOf.value(QStringLiteral("id"))),
                                tr("'%1' is not an id: lowercase letters, digits and single hyphens (zhao-lei); or leave it empty")
                                    .arg(record.id)});
            continue;
        }
        if (rowOf.contains(record.id)) {
            const int c = columnOf.value(QStringLiteral("id"), -1);
            ownProblems.append({row, c, c >= 0 ? sheet.header.at(c) : QString(),
                                tr("the same record as row %1 (id %2)").arg(rowOf.value(record.id)).arg(record.id)});
            continue;
        }
        rowOf.insert(record.id, row);
        names.add(kind, record);
        trial.put(kind, record);
        result.records.append(record);
    }

    // The builder's own rules, over the base and the layer as it would be.
    const QList<ClinicProblem> problems = validation.check(trial);
    for (const ClinicProblem &problem : problems) {
        if (problem.kind == kindName(kind) && rowOf.contains(problem.id) && !problem.inBase) {
            const int c = columnOf.value(problem.field, -1);
            ownProblems.append({rowOf.value(problem.id), c, c >= 0 ? sheet.header.at(c) : QString(), problem.message});
        } else {
            const QString where = problem.inBase ? tr("bundled content") : tr("the clinic's content");
            ownProblems.append({0, -1, {}, tr("%1 %2/%3: %4").arg(where, problem.kind, problem.id, problem.message)});
        }
    }
    std::stable_sort(ownProblems.begin(), ownProblems.end(), [](const SheetProblem &a, const SheetProblem &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    result.problems = ownProblems;
    return result;
}

bool ClinicSheet::readFile(const QString &path, SheetTable *sheet, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return XlsxSheet::read(path, sheet, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return CsvSheet::parse(file.readAll(), sheet, error);
}

bool ClinicSheet::writeFile(const QString &path, const SheetTable &sheet, const QString &name, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return XlsxSheet::write(path, sheet, name, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CsvSheet::write(sheet)) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ClinicSheet::Import ClinicSheet::importFile(const QString &path, Kind kind, ClinicLayer *layer,
                                            const ClinicValidation &validation, bool apply)
{
    Import result;
    SheetTable sheet;
    if (!readFile(path, &sheet, &result.error))
        return result;
    result = read(kind, sheet, *layer, validation);
    if (!result.ok() || !apply)
        return result;
    layer->putAll(kind, result.records, tr("import %1").arg(QFileInfo(path).fileName()));
    if (!layer->save(&result.error))
        layer->undo(); // nothing half-imported stays in memory either
    return result;
}

bool ClinicSheet::exportFile(const QString &path, Kind kind, const ClinicLayer &layer,
                             const ClinicValidation &validation, QString *error)
{
    return writeFile(path, table(kind, layer.records(kind), layer, validation), sheetName(kind), error);
}

bool ClinicSheet::templateFile(const QString &path, Kind kind, QString *error)
{
    return writeFile(path, blank(kind), sheetName(kind), error);
}

} // namespace huanjiao
