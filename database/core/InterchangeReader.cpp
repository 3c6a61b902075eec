// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterchangeReader.h"

#include "ContentLimits.h"
#include "ContentSchema.h"
#include "ContentValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace huanjiao {

using namespace ContentSchema;

namespace {

const QString kKind = QStringLiteral("kind");
const QString kId = QStringLiteral("id");
const QString kSections = QStringLiteral("sections");

class LineReader
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeReader)

public:
    LineReader(const QString &file, int line, Diagnostics *diagnostics)
        : m_file(file)
        , m_line(line)
        , m_diagnostics(diagnostics)
    {
    }

    void error(const QString &message)
    {
        m_diagnostics->append({m_file, m_line, message});
    }

    SourceRecord record(const QJsonObject &object)
    {
        SourceRecord record;
        record.file = m_file;
        record.line = m_line;
        const qsizetype errorsAtStart = m_diagnostics->size();
        record.kind = text(object.value(kKind), kKind);
        record.id = text(object.value(kId), kId);
        if (record.kind.isEmpty() || record.id.isEmpty()) {
            if (m_diagnostics->size() == errorsAtStart)
                error(tr("each line needs \"kind\" and \"id\", e.g. {\"kind\": \"doctor\", \"id\": \"wang-fang\", ...}"));
            return record;
        }
        Kind kind = Kind::Condition;
        const bool isMeta = record.kind == QLatin1String("content");
        const bool known = isMeta || kindFromName(record.kind, &kind);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == kKind || it.key() == kId)
                continue;
            const QString key = isMeta ? it.key() : currentFieldKey(it.key());
            if (it.key() == kSections) {
                sections(it.value(), &record);
                continue;
            }
            const FieldSpec *spec = known && !isMeta ? field(kind, key) : nullptr;
            if (known && !isMeta && !spec) { // left for the validator, which names the fields allowed
                record.fields.append({key, it.value().isString() ? it.value().toString() : QStringLiteral("?"), m_line});
                continue;
            }
            const bool list = isMeta ? it.key() == QLatin1String("replaces") || it.key() == QLatin1String("removes")
                                     : spec && (spec->type == FieldType::TextList || spec->type == FieldType::Relation);
            const qsizetype errorsBefore = m_diagnostics->size();
            QString value;
            if (isMeta && it.key() == QLatin1String("sample") && it.value().isBool())
                value = it.value().toBool() ? QStringLiteral("yes") : QStringLiteral("no");
            else if (list && it.value().isArray())
                value = joinList(it.value().toArray(), it.key());
            else
                value = text(it.value(), it.key());
            if (value.contains(QLatin1Char('\n')))
                error(tr("field '%1' has a line break; header fields are one line (long text goes in a section)")
                          .arg(it.key()));
            if (m_diagnostics->size() == errorsBefore) // a bad field is reported once, not again as missing
                record.fields.append({key, value.trimmed(), m_line});
        }
        return record;
    }

private:
    QString text(const QJsonValue &value, const QString &key)
    {
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            error(value.isArray() ? tr("'%1' takes one value, not a list").arg(key)
                                  : tr("'%1' must be text in quotes").arg(key));
            return {};
        }
        return value.toString();
    }

    QString joinList(const QJsonArray &array, const QString &key)
    {
        QStringList items;
        for (const QJsonValue &v : array) {
            const QString item = text(v, key).trimmed();
            if (ContentValidator::splitList(item).size() > 1) {
                error(tr("an item of '%1' contains a list separator (, ， or 、): %2").arg(key, item));
                continue;
            }
            if (!item.isEmpty())
                items.append(item);
        }
        return items.join(QStringLiteral(", "));
    }

    // Prose as the text format holds it: lines without trailing blanks, no
    // leading or trailing blank lines, and no line the format would read as
    // markup of its own (a heading, a comment or a new record).
    QString prose(const QString &raw, const QString &where)
    {
        QString normalised = raw;
        normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QStringList lines = normalised.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            qsizetype end = line.size();
            while (end > 0 && line.at(end - 1).isSpace())
                --end;
            line.truncate(end);
            if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('@')))
                error(tr("%1 has a line starting with '%2', which the text format would read as a heading or "
                         "a new record: %3")
                          .arg(where, line.left(1), line.left(40)));
        }
        while (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines.join(QLatin1Char('\n'));
    }

    void sections(const QJsonValue &value, SourceRecord *record)
    {
        if (!value.isObject()) {
            error(tr("\"sections\" must be an object: {\"overview\": \"...\", ...}"));
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            SourceSection section;
            section.key = it.key();
            section.line = m_line;
            const QString where = tr("section '%1'").arg(it.key());
            if (it.value().isString()) {
                section.body = prose(it.value().toString(), where);
            } else if (it.value().isObject()) {
                const QJsonObject s = it.value().toObject();
                section.body = prose(text(s.value(QStringLiteral("text")), where), where);
                const QJsonValue items = s.value(QStringLiteral("items"));
                if (!items.isUndefined() && !items.isArray())
                    error(tr("\"items\" of %1 must be a list").arg(where));
                for (const QJsonValue &i : items.toArray())
                    section.items.append(item(i, where));
                for (auto key = s.begin(); key != s.end(); ++key) {
                    if (key.key() != QLatin1String("text") && key.key() != QLatin1String("items"))
                        error(tr("%1 has an unknown key '%2'; use \"text\" and \"items\"").arg(where, key.key()));
                }
            } else {
                error(tr("%1 must be text, or an object with \"text\" and \"items\"").arg(where));
            }
            record->sections.append(section);
        }
    }

    SourceItem item(const QJsonValue &value, const QString &where)
    {
        SourceItem item;
        item.line = m_line;
        if (!value.isObject()) {
            error(tr("an item of %1 must be an object: {\"title\": \"...\", \"text\": \"...\"}").arg(where));
            return item;
        }
        const QJsonObject o = value.toObject();
        item.type = text(o.value(QStringLiteral("type")), QStringLiteral("type")).trimmed();
        item.title = text(o.value(QStringLiteral("title")), QStringLiteral("title")).trimmed();
        if (item.title.contains(QLatin1Char('\n')))
            error(tr("an item title of %1 has a line break; titles are one line").arg(where));
        item.body = prose(text(o.value(QStringLiteral("text")), where), where);
        for (auto key = o.begin(); key != o.end(); ++key) {
            if (key.key() != QLatin1String("type") && key.key() != QLatin1String("title")
                && key.key() != QLatin1String("text"))
                error(tr("an item of %1 has an unknown key '%2'; use \"type\", \"title\" and \"text\"")
                          .arg(where, key.key()));
        }
        return item;
    }

    QString m_file;
    int m_line;
    Diagnostics *m_diagnostics;
};

// Characters, not bytes, up to a byte offset: columns as an editor counts them.
int column(const QByteArray &line, int offset)
{
    return int(QString::fromUtf8(line.left(offset)).size()) + 1;
}

// One line of at most `limit` bytes. A longer one is read to its end and
// dropped (*tooLong). Read in pieces: readLine(n) allocates n bytes at once,
// and 16 MiB for every line made reading (and fuzzing) slow.
QByteArray readLine(QIODevice *device, qint64 limit, bool *tooLong, qint64 *consumed)
{
    constexpr qint64 kPiece = 64 * 1024;
    QByteArray line;
    while (!device->atEnd()) {
        const QByteArray piece = device->readLine(kPiece);
        *consumed += piece.size();
        if (!*tooLong && line.size() + piece.size() - (piece.endsWith('\n') ? 1 : 0) > limit) {
            *tooLong = true;
            line.clear();
        }
        if (!*tooLong)
            line += piece;
        if (piece.isEmpty() || piece.endsWith('\n'))
            break;
    }
    return line;
}

} // namespace

QList<SourceRecord> InterchangeReader::read(const QString &path, Diagnostics *diagnostics, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics->append({path, 0, tr("cannot read: %1").arg(file.errorString())});
        return {};
    }
    return read(path, &file, file.size(), diagnostics, progress);
}

QList<SourceRecord> InterchangeReader::read(const QString &fileName, QIODevice *device, qint64 size,
                                            Diagnostics *diagnostics, const Progress &progress)
{
    const QString stage = tr("Reading %1").arg(fileName);
    QList<SourceRecord> records;
    qint64 consumed = 0;
    for (int number = 1; !device->atEnd(); ++number) {
        if (number % 1024 == 0)
            report(progress, stage, consumed, size);
        bool tooLong = false;
        QByteArray line = readLine(device, ContentLimits::kMaxInterchangeLineBytes, &tooLong, &consumed);
        const bool complete = line.endsWith('\n');
        if (tooLong) {
            // Too long for one record: say so, and carry on with the next line.
            diagnostics->append({fileName, number,
                                 tr("the line is longer than %1 MiB; one line holds one record")
                                     .arg(ContentLimits::kMaxInterchangeLineBytes / (1024 * 1024))});
            continue;
        }
        if (number == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(line);
        Q_UNUSED(decoded);
        if (decoder.hasError()) {
            diagnostics->append({fileName, number, tr("not valid UTF-8 text; save the file as UTF-8")});
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            diagnostics->append({fileName, number,
                                 !complete ? tr("the last line is cut short (%1 at column %2); the file may be "
                                                "incomplete")
                                                 .arg(parseError.errorString())
                                                 .arg(column(line, parseError.offset))
                                           : tr("not valid JSON: %1 at column %2")
                                                 .arg(parseError.errorString())
                                                 .arg(column(line, parseError.offset))});
            continue;
        }
        if (!document.isObject()) {
            diagnostics->append({fileName, number, tr("each line must be one JSON object: {\"kind\": ..., ...}")});
            continue;
        }
        // Kept even when a field is wrong, so that links to it do not fail as well.
        LineReader reader(fileName, number, diagnostics);
        SourceRecord record = reader.record(document.object());
        if (!record.kind.isEmpty() && !record.id.isEmpty())
            records.append(record);
    }
    report(progress, stage, size, size);
    return records;
}

} // namespace huanjiao
